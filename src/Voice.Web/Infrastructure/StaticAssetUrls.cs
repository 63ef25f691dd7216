using Microsoft.AspNetCore.Components;

namespace Voice.Web.Infrastructure;

/// <summary>
/// The fingerprinted URL of a static asset, from the build's manifest (MapStaticAssets puts it on
/// every page's endpoint). For the layout's import map: the one ASP.NET Core writes has keys
/// relative to the page ("./lib/..."), which match only on pages at the top level.
/// </summary>
public static class StaticAssetUrls
{
    /// <summary>"/lib/app.abc123.css" for "lib/app.css"; the plain path where the manifest does not know it.</summary>
    public static string Url(HttpContext context, string path)
    {
        var assets = context.GetEndpoint()?.Metadata.GetMetadata<ResourceAssetCollection>();
        return "/" + (assets is null ? path : assets[path]);
    }
}
