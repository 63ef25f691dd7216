using CsvHelper;

namespace Voice.Data;

/// <summary>How a CSV file a person uploads is read: every line kept (so line numbers match the
/// spreadsheet's), short lines padded, and a line with a stray quote noted rather than thrown.</summary>
public static class UploadedCsv
{
    public static CsvReaderOptions Options(ISet<long> malformed) => CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        TrimWhitespace = true,
        // Empty lines are read (and passed over by the reader's caller) so row numbers match the spreadsheet's.
        SkipEmptyLines = false,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MissingField = CsvMissingFieldHandling.ReturnEmpty,
        MalformedData = CsvMalformedDataHandling.Recover,
        IncludeValuesInExceptions = false,
        OnMalformedRecord = r => malformed.Add(r.RecordNumber),
    };
}
