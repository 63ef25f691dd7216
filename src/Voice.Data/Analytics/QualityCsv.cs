using System.Globalization;
using CsvHelper;

namespace Voice.Data.Analytics;

/// <summary>
/// The quality figures as CSV (measure, theme, quarter, value), written by CsvHelper like every
/// export: themes quoted, and a field a spreadsheet would run as a formula escaped as text.
/// </summary>
public static class QualityCsv
{
    public sealed record Row(string Measure, string Theme, string Quarter, string Value);

    public static string Write(IEnumerable<Row> rows)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        var options = CsvWriterOptions.Default with { NewLine = "\n", Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture };
        using (var csv = CsvWriter.Create(text, options, leaveOpen: true))
        {
            csv.WriteHeader(["measure", "theme", "quarter", "value"]);
            foreach (var r in rows)
            {
                csv.WriteField(r.Measure);
                csv.WriteField(r.Theme, CsvQuoting.Always);
                csv.WriteField(r.Quarter);
                csv.WriteField(r.Value);
                csv.EndRecord();
            }
        }
        return text.ToString();
    }
}
