using System.Security.Cryptography;
using System.Text;
using Voice.Data.Access;

namespace Voice.Tests.Access;

public class AccessCodesTests
{
    static readonly AccessCodes Codes = new(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void NewCodes_Are12UnambiguousCharacters_InGroupsOfFour()
    {
        var a = AccessCodes.NewCode();
        Assert.Matches("^[A-HJ-NP-TV-Z2-9]{4}-[A-HJ-NP-TV-Z2-9]{4}-[A-HJ-NP-TV-Z2-9]{4}$", a);
        Assert.NotEqual(a, AccessCodes.NewCode());
        Assert.DoesNotContain(AccessCodes.Alphabet, c => "01ILOU".Contains(c));
        Assert.True(Math.Log2(Math.Pow(AccessCodes.Alphabet.Length, AccessCodes.Length)) > 58);
    }

    [Fact]
    public void LinkTokens_Are128RandomBits_SeparateFromTheCode_AndHashedForTheirOwnPurpose()
    {
        var secret = AccessSecret.New();
        Assert.Equal(16, Convert.FromBase64String(secret.LinkToken!.Replace('-', '+').Replace('_', '/') + "==").Length);
        Assert.True(AccessCodes.LooksLikeLinkToken(secret.LinkToken));
        Assert.NotEqual(secret.LinkToken, AccessSecret.New().LinkToken);
        Assert.DoesNotContain(AccessCodes.Normalise(secret.Code), AccessCodes.Normalise(secret.LinkToken));
        Assert.NotEqual(Codes.Hash(secret.LinkToken), Codes.HashLink(secret.LinkToken));
        Assert.NotEqual(Codes.HashLink(secret.LinkToken), new AccessCodes(RandomNumberGenerator.GetBytes(32)).HashLink(secret.LinkToken));
        Assert.False(AccessCodes.LooksLikeLinkToken(secret.Code));
        Assert.False(AccessCodes.LooksLikeLinkToken(secret.LinkToken + "x"));
    }

    [Fact]
    public void APackedSecret_GivesBackItsCodeAndToken_AndOneKeptBeforeTokensHasNoToken()
    {
        var secret = AccessSecret.New();
        Assert.Equal(secret, AccessSecret.Unpack(secret.Pack()));
        Assert.Equal(new AccessSecret("ABCD-EFGH-JKMN", null), AccessSecret.Unpack("ABCD-EFGH-JKMN"));
    }

    [Fact]
    public void Hash_IsKeyed_AndForgivesCaseSpacesAndDashes()
    {
        var code = AccessCodes.NewCode();
        var hash = Codes.Hash(code);
        Assert.Equal(hash, Codes.Hash(code.Replace("-", " ").ToLowerInvariant()));
        Assert.NotEqual(hash, new AccessCodes(RandomNumberGenerator.GetBytes(32)).Hash(code));
        Assert.NotEqual(hash, Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(AccessCodes.Normalise(code)))));
        Assert.DoesNotContain(AccessCodes.Normalise(code), hash);
        Assert.Throws<ArgumentException>(() => new AccessCodes(new byte[16]));
    }

    [Fact]
    public void Matches_OnlyTheRightCode_AndNothingForAnUnknownReference()
    {
        var code = AccessCodes.NewCode();
        var stored = Codes.Hash(code);
        Assert.True(Codes.Matches(code.ToLowerInvariant(), stored));
        Assert.False(Codes.Matches(AccessCodes.NewCode(), stored));
        Assert.False(Codes.Matches(code, null));
        Assert.False(Codes.Matches("", Codes.Hash("")));
    }

    [Fact]
    public void OldSha256TrackingCodes_MatchOnlyWhenAllowed()
    {
        var code = AccessCodes.NewCode();
        var old = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(AccessCodes.Normalise(code))));
        Assert.True(AccessCodes.IsLegacy(old));
        Assert.False(AccessCodes.IsLegacy(Codes.Hash(code)));
        Assert.True(Codes.Matches(code, old, legacySha256: true));
        Assert.False(Codes.Matches(AccessCodes.NewCode(), old, legacySha256: true));
        Assert.False(Codes.Matches(code, old));
    }
}
