using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Voice.Data.CareLeavers;

namespace Voice.Web.Features.CareLeavers.WhatCanIGet;

/// <summary>
/// The checker keeps its answers in the address, not on the server: encrypted and signed with
/// the app's data protection keys (shared by every node), so a date of birth never shows in
/// logs or history in the clear and nobody can tamper with the answers.
/// </summary>
public class CheckerState(IDataProtectionProvider protection)
{
    static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() }, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
    readonly IDataProtector protector = protection.CreateProtector("Voice.CareLeavers.Checker.v1");

    public string Write(CheckerAnswers answers) => protector.Protect(JsonSerializer.Serialize(answers, Json));

    /// <summary>The answers in a token, or empty answers if it is missing, damaged or from another key ring.</summary>
    public CheckerAnswers Read(string? token)
    {
        if (string.IsNullOrEmpty(token)) return new CheckerAnswers();
        try { return JsonSerializer.Deserialize<CheckerAnswers>(protector.Unprotect(token), Json) ?? new CheckerAnswers(); }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException) { return new CheckerAnswers(); }
    }
}
