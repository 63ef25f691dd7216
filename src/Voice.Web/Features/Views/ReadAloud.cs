namespace Voice.Web.Features.Views;

/// <summary>What the read-aloud button reads, and the language it is written in (which voice to use).</summary>
public sealed record ReadAloud(string Text, string Language, string Id = "read-aloud-status");
