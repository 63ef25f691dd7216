using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Voice.Data.Languages;

namespace Voice.Web.Infrastructure.Languages;

/// <summary>
/// Languages (issue 15): ASP.NET Core request localization picks the reader's language from
/// <c>?lang=</c>, then the <c>voice-lang</c> cookie, else English; choosing one with <c>?lang=</c>
/// sets the cookie. Staff and sign-in pages stay English. Only the UI language changes: dates
/// and numbers keep the en-GB formats the pages' rules are written for.
/// </summary>
public static class LanguageSetup
{
    public const string CookieName = "voice-lang";
    public const string QueryKey = "lang";

    /// <summary>Address prefixes that stay English whatever the reader chose: staff and sign-in pages.</summary>
    static readonly string[] EnglishOnly = ["/staff", "/account", "/inspectors", "/inspections", "/api", "/health"];

    public static bool IsEnglishOnly(PathString path) => EnglishOnly.Any(p => path.StartsWithSegments(p));

    public static void Add(IServiceCollection services)
    {
        services.AddSingleton(sp => new Translations(Path.Combine(sp.GetRequiredService<VoicePaths>().Content, "translations")));
        services.AddScoped<PageText>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(new CultureInfo("en-GB"), new CultureInfo(Language.EnglishCode));
            o.SupportedCultures = [new CultureInfo("en-GB")];
            o.SupportedUICultures = Language.All.Select(l => new CultureInfo(l.Code)).ToList();
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders =
            [
                new CustomRequestCultureProvider(c => Task.FromResult(IsEnglishOnly(c.Request.Path)
                    ? new ProviderCultureResult("en-GB", Language.EnglishCode) : null)),
                new QueryStringRequestCultureProvider { QueryStringKey = QueryKey, UIQueryStringKey = QueryKey },
                // An error page is a re-executed request that has lost the address's query: it is in
                // the language that address asked for, before the cookie's.
                new CustomRequestCultureProvider(c => Task.FromResult(
                    c.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is { } asked
                    && Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(asked.OriginalQueryString).TryGetValue(QueryKey, out var code)
                    && Language.Find(code) is { } language
                        ? new ProviderCultureResult("en-GB", language.Code) : null)),
                new CookieRequestCultureProvider { CookieName = CookieName },
            ];
        });
    }

    public static void Use(WebApplication app)
    {
        app.UseRequestLocalization();
        app.Use((context, next) =>
        {
            if (context.Request.Query.TryGetValue(QueryKey, out var asked) && Language.Find(asked) is { } language && !IsEnglishOnly(context.Request.Path))
                context.Response.Cookies.Append(CookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture("en-GB", language.Code)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, Secure = context.Request.IsHttps });
            return next(context);
        });
    }

    /// <summary>
    /// This page's address with <c>?lang=</c> set to <paramref name="code"/>, other query values kept.
    /// On an error page (a re-executed request) it is the address the reader asked for, not /error/404.
    /// </summary>
    public static string SwitchTo(HttpRequest request, string code)
    {
        var asked = request.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>();
        IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> values = asked is null ? request.Query : Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(asked.OriginalQueryString);
        var query = values
            .Where(q => q.Key != QueryKey).SelectMany(q => q.Value.Select(v => (q.Key, Value: v ?? "")))
            .Append((Key: QueryKey, Value: code));
        string path = asked is null ? (request.PathBase + request.Path).ToString() : asked.OriginalPathBase + asked.OriginalPath;
        return path + QueryString.Create(query.Select(q => new KeyValuePair<string, string?>(q.Key, q.Value)));
    }
}
