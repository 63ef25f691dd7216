using Voice.Data.Analytics;

namespace Voice.Tests.Analytics;

public class QualityCsvTests
{
    [Fact]
    public void Write_QuotesThemes_AndEscapesWhatASpreadsheetWouldRun()
    {
        var csv = QualityCsv.Write([
            new("people", "", "2026 Q1", "12"),
            new("positive", "Being \"heard\", mostly", "whole period", "c"),
            new("negative", "=HYPERLINK(\"x\")", "whole period", "3"),
        ]);
        Assert.Equal(
            "measure,theme,quarter,value\n" +
            "people,\"\",2026 Q1,12\n" +
            "positive,\"Being \"\"heard\"\", mostly\",whole period,c\n" +
            "negative,\"'=HYPERLINK(\"\"x\"\")\",whole period,3\n", csv);
    }
}
