namespace Voice.Web.Infrastructure;

/// <summary>
/// What a "Read this out loud" button reads (issue 15, <c>Pages/Shared/_ReadAloud.cshtml</c>):
/// <see cref="Text"/>, or the words inside the element with id <see cref="From"/> that are in
/// <see cref="Language"/> (a form's question, hints and labels, never what the person typed). The
/// language picks the voice: an English fallback is read with an English voice and the button says so.
/// </summary>
public sealed record ReadAloud(string? Text, string Language, string? From = null, string Id = "read-aloud-status")
{
    /// <summary>Reads this text, written in <paramref name="language"/>.</summary>
    public static ReadAloud Of(string? text, string language) => new(text, language);

    /// <summary>Reads the words in <paramref name="language"/> inside the element with id <paramref name="elementId"/>.</summary>
    public static ReadAloud Within(string elementId, string language) => new(null, language, elementId);

    /// <summary>False when there is nothing to read: the partial then writes nothing.</summary>
    public bool HasText => !string.IsNullOrWhiteSpace(Text) || !string.IsNullOrWhiteSpace(From);
}
