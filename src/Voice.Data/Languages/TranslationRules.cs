namespace Voice.Data.Languages;

/// <summary>
/// The one rule for what a reader gets from a translation, used by the page-text catalog and by
/// translated local offer pages alike: a draft or reviewed translation made from the English as
/// it is now is used; one made from older English needs review (the English is shown); none is missing.
/// </summary>
public static class TranslationRules
{
    public static TranslationState StateOf(string language, string english, TranslationStatus? status, string? source)
    {
        if (language == Language.EnglishCode) return TranslationState.Reviewed;
        if (status is null) return TranslationState.Missing;
        if (source != TranslationText.Hash(english)) return TranslationState.NeedsReview;
        return status == TranslationStatus.Reviewed ? TranslationState.Reviewed : TranslationState.Draft;
    }

    /// <summary>Whether the reader sees the translation (draft or reviewed), not the English.</summary>
    public static bool Shown(TranslationState state) => state is TranslationState.Draft or TranslationState.Reviewed;
}
