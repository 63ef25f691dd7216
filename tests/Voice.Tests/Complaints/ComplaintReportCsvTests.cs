using Voice.Data.Complaints;

namespace Voice.Tests.Complaints;

public class ComplaintReportCsvTests
{
    [Fact]
    public void ToCsv_QuotesText_AndEscapesWhatASpreadsheetWouldRun()
    {
        var csv = ComplaintReport.ToCsv([new ReportLine("Outcomes", "=HYPERLINK(\"x\")", 2.5m)], new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));
        Assert.Equal("section,measure,value,from,to\n\"Outcomes\",\"'=HYPERLINK(\"\"x\"\")\",2.5,2026-01-01,2026-03-31\n", csv);
    }
}
