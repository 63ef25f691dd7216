using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Voice.Web;

namespace Voice.Tests.Infrastructure;

public class KeyRingTests
{
    static Microsoft.AspNetCore.Builder.WebApplication CreateApp(TestDatabase db, string data, Dictionary<string, string?> settings) =>
        Support.ProductionApp.Create(db, new(settings) { ["Voice:DataPath"] = data });

    [Fact]
    public async Task Production_WithoutACertificate_RefusesToStart()
    {
        await using var db = TestDatabase.CreateSqlite();
        var data = Directory.CreateTempSubdirectory("voice-test-").FullName;
        var e = Assert.Throws<InvalidOperationException>(() => CreateApp(db, data, []));
        Assert.Contains("Voice:DataProtection:CertificatePath", e.Message);
    }

    [Fact]
    public async Task Production_WithoutAnAccessCodeKey_RefusesToStart()
    {
        await using var db = TestDatabase.CreateSqlite();
        var data = Directory.CreateTempSubdirectory("voice-test-").FullName;
        using var rsa = RSA.Create(2048);
        using var certificate = new CertificateRequest("CN=voice-keys-test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var e = Assert.Throws<InvalidOperationException>(() => CreateApp(db, data, new()
        {
            ["Voice:DataProtection:Certificate"] = Convert.ToBase64String(certificate.Export(X509ContentType.Pfx)), ["Voice:Access:Key"] = "",
        }));
        Assert.Contains("Voice:Access:Key", e.Message);
    }

    [Fact]
    public async Task Production_WithACertificate_StoresTheKeysEncrypted()
    {
        await using var db = TestDatabase.CreateSqlite();
        var data = Directory.CreateTempSubdirectory("voice-test-").FullName;
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=voice-keys-test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var pfx = Convert.ToBase64String(certificate.Export(X509ContentType.Pfx, "test-password"));

        await using var app = CreateApp(db, data, new() { ["Voice:DataProtection:Certificate"] = pfx, ["Voice:DataProtection:CertificatePassword"] = "test-password" });
        var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
        var protectedText = protector.Protect("a staff cookie");

        await using var context = db.NewContext();
        var stored = await context.DataProtectionKeys.Select(k => k.Xml).ToListAsync();
        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.Contains("<encryptedSecret", xml);
            Assert.DoesNotContain("<value>", xml); // the plain master key
        });
        Assert.Equal("a staff cookie", protector.Unprotect(protectedText));
    }
}
