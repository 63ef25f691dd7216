using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Voice.Web.Infrastructure.Validation;

/// <summary>A CSV file uploaded through a page: present, not too big, named .csv, text (not a spreadsheet saved as .csv).</summary>
public static class CsvUpload
{
    /// <summary>The file's text, or the page's GOV.UK error on <paramref name="field"/>.</summary>
    public static async Task<string> ReadCsvAsync(this PageModel page, IFormFile? file, string field, long maxBytes, string tooBig, CancellationToken ct)
    {
        if (file is null || file.Length == 0) page.Fail(field, "Select a CSV file");
        if (file!.Length > maxBytes) page.Fail(field, tooBig);
        if (!Path.GetExtension(file.FileName).Equals(".csv", StringComparison.OrdinalIgnoreCase)) page.Fail(field, "The selected file must be a CSV");
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        // A spreadsheet, a PDF or an image saved with a .csv name: binary, not text.
        if (Array.IndexOf(bytes, (byte)0) >= 0) page.Fail(field, "The selected file must be a CSV");
        return Voice.Data.UploadedCsv.Decode(bytes);
    }
}
