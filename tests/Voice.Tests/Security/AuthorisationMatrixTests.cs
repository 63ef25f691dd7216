using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Voice.Data;
using Voice.Data.Identity;
using Voice.Web.Infrastructure.Security;
using Voice.Tests.Support;

namespace Voice.Tests.Security;

/// <summary>
/// Who may reach every endpoint, worked out from the app's own endpoint metadata (the page
/// conventions, [AllowAnonymous], policies and the fallback policy) for anonymous visitors and
/// each role, and compared with the table checked in beside this file. A new page or API without
/// a decision, or a changed decision, fails until the table is updated on purpose. Razor Pages
/// authorise a whole page, so a page's handlers share its line.
/// </summary>
public class AuthorisationMatrixTests
{
    static readonly string Expected = Path.Combine(TestPaths.RepoRoot, "tests", "Voice.Tests", "Security", "authorisation-matrix.txt");

    static async Task<List<string>> MatrixAsync()
    {
        var app = await TestApps.Get(DatabaseProvider.Sqlite);
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var policies = app.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var authorisation = app.Services.GetRequiredService<IAuthorizationService>();
        var people = new List<(string Name, ClaimsPrincipal User)>
        {
            ("anonymous", new ClaimsPrincipal(new ClaimsIdentity())),
            ("signed in with no role", new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "someone")], "test"))),
        };
        foreach (var role in Roles.All)
            people.Add((role.Name, new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.Name, "someone"), new Claim(ClaimTypes.Role, role.Name), new Claim(Policies.MfaClaim, Policies.MfaValue)], "test"))));

        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in endpoints)
        {
            // Static files (fingerprinted names change with every stylesheet) are one line.
            var asset = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is not null;
            var route = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } m ? string.Join(",", m.Order()) : "ANY";
            string who;
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null) who = "everyone";
            else
            {
                var policy = await AuthorizationPolicy.CombineAsync(policies, endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>())
                             ?? await policies.GetFallbackPolicyAsync();
                if (policy is null) who = "everyone";
                else
                {
                    var allowed = new List<string>();
                    foreach (var (name, user) in people)
                        if ((await authorisation.AuthorizeAsync(user, null, policy)).Succeeded) allowed.Add(name);
                    who = allowed.Contains("anonymous") ? "everyone"
                        : allowed.Contains("signed in with no role") ? "any signed-in person"
                        : allowed.Count == Roles.All.Count ? "every staff role"
                        : allowed.Count == 0 ? "nobody" : string.Join(", ", allowed);
                }
            }
            lines.Add(asset ? $"{methods} (static assets) -> {who}" : $"{methods} {route} -> {who}");
        }
        return [.. lines];
    }

    [Fact]
    public async Task EveryEndpoint_HasTheDecisionCheckedIn()
    {
        var actual = await MatrixAsync();
        var expected = File.Exists(Expected) ? File.ReadAllLines(Expected).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList() : [];
        if (!actual.SequenceEqual(expected))
        {
            File.WriteAllLines(Expected + ".actual", actual);
            var missing = actual.Except(expected).Select(l => "  not in the table: " + l);
            var gone = expected.Except(actual).Select(l => "  in the table but not the app: " + l);
            Assert.Fail($"Who may reach each endpoint changed. Check {Expected}.actual and copy it over the table if every line is intended:\n{string.Join("\n", missing.Concat(gone))}");
        }
    }

    [Fact]
    public async Task NoStaffOrInspectorPage_IsOpenToEveryone()
    {
        var open = (await MatrixAsync()).Where(l => l.EndsWith("-> everyone", StringComparison.Ordinal)
            && (l.Contains(" /Staff/", StringComparison.OrdinalIgnoreCase) || l.Contains(" /Inspectors", StringComparison.OrdinalIgnoreCase)));
        Assert.Empty(open);
    }
}
