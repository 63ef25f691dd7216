using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Voice.Data;

namespace Voice.Web.Infrastructure.Security;

/// <summary>
/// The data protection key ring (it signs cookies and protects stored codes): kept in the
/// database so every node shares it, and encrypted there with a certificate from configuration,
/// so a copy of the database alone cannot forge a staff cookie. Outside Development and the
/// tests' Testing environment the app refuses to start without that certificate.
/// </summary>
public static class KeyRing
{
    public const string Section = "Voice:DataProtection";

    public static void Add(WebApplicationBuilder builder)
    {
        var keys = builder.Services.AddDataProtection().SetApplicationName("Voice").PersistKeysToDbContext<VoiceDbContext>();
        var certificate = Certificate(builder.Configuration.GetSection(Section));
        if (certificate is not null)
            keys.ProtectKeysWithCertificate(certificate);
        else if (!builder.Environment.IsDevelopment() && !builder.Environment.IsEnvironment("Testing"))
            throw new InvalidOperationException(
                $"{Section}:CertificatePath (a .pfx file) or {Section}:Certificate (the .pfx as base64), with {Section}:CertificatePassword, " +
                "is required outside Development: it encrypts the data protection keys stored in the database.");
    }

    static X509Certificate2? Certificate(IConfigurationSection config)
    {
        var password = config["CertificatePassword"];
        if (!string.IsNullOrWhiteSpace(config["Certificate"]))
            return X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(config["Certificate"]!), password);
        if (!string.IsNullOrWhiteSpace(config["CertificatePath"]))
            return X509CertificateLoader.LoadPkcs12FromFile(config["CertificatePath"]!, password);
        return null;
    }
}
