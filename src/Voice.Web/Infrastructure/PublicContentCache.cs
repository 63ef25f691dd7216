using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;
using Voice.Web.Features.Inspections.YouSaidWeDid;

namespace Voice.Web.Infrastructure;

/// <summary>
/// The public information pages (home, the about pages, the local offer's topic index and pages,
/// standard and easy read, its search, and "You said, we did") are served from ASP.NET Core's output cache
/// (issue 14): the same HTML for everyone who is not signed in, so it is made once, not per visit.
///
/// What makes that safe:
/// - Only GET and HEAD from someone not signed in are looked up or stored; a signed-in member of
///   staff always gets a fresh page (their name is in the header).
/// - Only a 200 without Set-Cookie is stored. These pages carry no antiforgery token (they have no
///   form that posts; the layout leaves the token out) and no CSP nonce (they have no inline
///   script; the CSP names the one inline style by its hash).
/// - The entry varies by every query key (filters, a search, <c>?lang=</c>), the host, the
///   <c>HX-Request</c> header (htmx gets a page without the layout), <c>Accept-Encoding</c> (it is
///   stored compressed, so a page is compressed once, not per visit) and the language request
///   localization chose (from <c>?lang=</c> or the language cookie; it runs before this cache), so
///   a language choice never serves another language's page.
/// - "You said, we did" is tagged <see cref="YouSaidWeDidTag"/> and evicted where its data cache
///   is (<see cref="YouSaidWeDidCache.Evict"/>, after an audit or acted-on feedback is saved); its
///   entry also varies by that cache's stamp, so it expires with the data (60 seconds on the app's
///   clock: other nodes catch up) and a render that began before an eviction is never served.
///   The other pages are tagged <see cref="ContentTag"/>: their content is loaded when the app
///   starts, so a restart (which empties this in-memory cache) is what changes them.
/// </summary>
public static class PublicContentCache
{
    public const string Policy = "public-content";
    public const string YouSaidWeDidPolicy = "you-said-we-did";
    public const string ContentTag = "content";
    public const string YouSaidWeDidTag = "you-said-we-did";

    public static void Add(IServiceCollection services)
    {
        services.AddOutputCache(o =>
        {
            // Search queries are anyone's choice: the cache is bounded (least used entries go first).
            o.SizeLimit = 32 * 1024 * 1024;
            o.AddPolicy(Policy, new PagePolicy(TimeSpan.FromHours(1), ContentTag, stamp: null));
            o.AddPolicy(YouSaidWeDidPolicy, new PagePolicy(YouSaidWeDidCache.Duration, YouSaidWeDidTag,
                stamp: context => context.RequestServices.GetRequiredService<YouSaidWeDidCache>().Stamp()));
        });
    }

    /// <summary>Whether this request's page is one of the cached public pages (the layout then leaves out the antiforgery token).</summary>
    public static bool IsCachedPage(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>() is { PolicyName: Policy or YouSaidWeDidPolicy };

    sealed class PagePolicy(TimeSpan expiry, string tag, Func<HttpContext, long>? stamp) : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            var cacheable = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
                && http.User.Identity?.IsAuthenticated != true
                && !http.Request.Headers.ContainsKey(HeaderNames.Authorization);
            context.EnableOutputCaching = true;
            context.AllowCacheLookup = cacheable;
            context.AllowCacheStorage = cacheable;
            context.AllowLocking = true;
            context.ResponseExpirationTimeSpan = expiry;
            context.Tags.Add(tag);
            var vary = context.CacheVaryByRules;
            vary.QueryKeys = "*";
            // Stored as sent, compressed (compression runs inside the cache): varies by what the browser accepts.
            vary.HeaderNames = new(["HX-Request", HeaderNames.AcceptEncoding]);
            vary.VaryByValues["culture"] = http.Features.Get<Microsoft.AspNetCore.Localization.IRequestCultureFeature>()?.RequestCulture.UICulture.Name ?? "";
            if (stamp is not null) vary.VaryByValues["stamp"] = stamp(http).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie))
                context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }
    }
}
