namespace Voice.Data.Feedback;

/// <summary>
/// A content file under <c>content/</c> that cannot be used as written. The message names the
/// file and the JSON path of the field at fault, so a content editor can find and fix it.
/// </summary>
public sealed class ContentValidationException(string file, string jsonPath, string problem, Exception? inner = null)
    : Exception($"{file}: {jsonPath}: {problem}", inner)
{
    /// <summary>The file name (not the full path) of the content file.</summary>
    public string File { get; } = file;

    /// <summary>Where in the file, for example <c>$.sections[1].questions[3].options</c>.</summary>
    public string JsonPath { get; } = jsonPath;

    public string Problem { get; } = problem;
}
