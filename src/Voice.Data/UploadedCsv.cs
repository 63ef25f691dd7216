using System.Text;
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

    /// <summary>UTF-8 (with or without a byte order mark), or the older Excel "CSV (Comma delimited)" single-byte encoding.</summary>
    public static string Decode(byte[] bytes)
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            return strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }
}
