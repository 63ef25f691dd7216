namespace Voice.Web.Infrastructure.GovUk;

/// <summary>An option in a radios or checkboxes list.</summary>
public record Choice(string Value, string Text, string? Hint = null);
