namespace Voice.Data.Access;

/// <summary>
/// What a person is given to reach their record: a code to type and a link token to follow. Both
/// are shown or sent once and only their hashes are stored. <see cref="Pack"/> keeps the pair in
/// one string for the short-lived, encrypted places that must show it again (a staff page's
/// TempData, a bulk invitation's reminder, a complaint's Done page). A pair packed before links had
/// their own tokens has no token: its link then carries the code, as links did then.
/// </summary>
public sealed record AccessSecret(string Code, string? LinkToken)
{
    public static AccessSecret New() => new(AccessCodes.NewCode(), AccessCodes.NewLinkToken());

    public string Pack() => LinkToken is null ? Code : Code + " " + LinkToken;

    public static AccessSecret Unpack(string packed)
    {
        var parts = packed.Split(' ', 2);
        return new(parts[0], parts.Length == 2 && AccessCodes.LooksLikeLinkToken(parts[1]) ? parts[1] : null);
    }
}
