using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Razor.Compilation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Razor.Hosting;

namespace Voice.Web.Infrastructure;

/// <summary>
/// Pages live with their feature, in <c>Features/&lt;Feature&gt;/</c>, yet keep the names and
/// addresses they always had, so links (<c>asp-area</c>, <c>asp-page</c>), folder authorisation
/// and every address stay exactly as they were:
/// <list type="bullet">
/// <item><c>Features/Complaints/New/Start.cshtml</c> is the page <c>/Complaints/New/Start</c> (address /complaints/new/start);</item>
/// <item><c>Features/Complaints/Staff/Details.cshtml</c> is the page <c>/Complaints/Details</c> in the
/// Staff area (address /staff/complaints/details), as if it were in <c>Areas/Staff/Pages/Complaints/</c>;</item>
/// <item>a few folders hold pages named after another address: see <see cref="Renamed"/>.</item>
/// </list>
/// Razor Pages finds pages only under <c>Pages/</c> and <c>Areas/*/Pages/</c>; this provider adds the
/// ones under <c>Features/</c> the same way (the @page template, Index pages reachable without
/// "/Index"). The site's shell (home page, layout, errors, about pages, the staff home page)
/// belongs to no feature and stays in <c>Pages/</c> and <c>Areas/Staff/Pages/</c>.
/// </summary>
public static class FeatureFolders
{
    public const string Root = "/Features/";
    const string StaffArea = "Staff";

    /// <summary>Folders whose pages are named after a different first segment than their feature.</summary>
    static readonly (string Folder, string PagePrefix)[] Renamed =
    [
        // The young inspectors' own pages (/inspectors/…) and "You said, we did" belong to inspections.
        ("/Features/Inspections/Inspectors/", "/Inspectors/"),
        ("/Features/Inspections/YouSaidWeDid/", "/YouSaidWeDid/"),
        // Signing in and the rest of a person's own account (/account/…).
        ("/Features/Accounts/", "/Account/"),
    ];

    public static void Add(IServiceCollection services)
    {
        services.AddSingleton<IPageRouteModelProvider, FeaturePageRouteModelProvider>();
        services.Configure<RazorViewEngineOptions>(o => o.ViewLocationExpanders.Add(new FeatureViewLocationExpander()));
    }

    /// <summary>The area and page name a file under Features/ is known by, or null if it is not under Features/.</summary>
    public static (string? Area, string Page)? PageName(string relativePath)
    {
        if (!relativePath.StartsWith(Root, StringComparison.OrdinalIgnoreCase)) return null;
        var path = relativePath[..^RazorViewEngine.ViewExtension.Length];
        foreach (var (folder, prefix) in Renamed)
            if (path.StartsWith(folder, StringComparison.OrdinalIgnoreCase))
                return (null, prefix + path[folder.Length..]);
        var segments = path[Root.Length..].Split('/');
        if (segments.Length > 2 && segments[1].Equals(StaffArea, StringComparison.OrdinalIgnoreCase))
            return (StaffArea, "/" + segments[0] + "/" + string.Join('/', segments[2..]));
        return (null, "/" + string.Join('/', segments));
    }

    sealed class FeaturePageRouteModelProvider(ApplicationPartManager parts) : IPageRouteModelProvider
    {
        // After the built-in provider (-1000), which finds the shell's pages.
        public int Order => -900;

        public void OnProvidersExecuting(PageRouteModelProviderContext context)
        {
            var views = new ViewsFeature();
            parts.PopulateFeature(views);
            foreach (var view in views.ViewDescriptors)
            {
                if (view.Item?.Kind != "mvc.1.0.razor-page" || PageName(view.RelativePath) is not var (area, page)) continue;
                var template = view.Item.Metadata.OfType<RazorCompiledItemMetadataAttribute>().FirstOrDefault(m => m.Key == "RouteTemplate")?.Value;
                var model = new PageRouteModel(view.RelativePath, page, area);
                model.RouteValues.Add("page", page);
                if (area is not null) model.RouteValues["area"] = area;
                var prefix = area is null ? page : "/" + area + page;
                var selector = Selector(prefix, template);
                model.Selectors.Add(selector);
                // As Razor Pages does: an Index page answers at its folder's address too, and links go there.
                if (!AttributeRouteModel.IsOverridePattern(template) && Path.GetFileName(view.RelativePath).Equals("Index.cshtml", StringComparison.OrdinalIgnoreCase))
                {
                    selector.AttributeRouteModel!.SuppressLinkGeneration = true;
                    model.Selectors.Add(Selector(prefix[..prefix.LastIndexOf('/')], template));
                }
                context.RouteModels.Add(model);
            }
        }

        public void OnProvidersExecuted(PageRouteModelProviderContext context) { }

        static SelectorModel Selector(string prefix, string? template) => new()
        {
            AttributeRouteModel = new AttributeRouteModel { Template = AttributeRouteModel.CombineTemplates(prefix, template) },
            EndpointMetadata = { new PageRouteMetadata(prefix, template) },
        };
    }

    /// <summary>
    /// Partials and layouts named without a path (<c>&lt;partial name="_Nav" /&gt;</c>) are looked
    /// for beside the page's own file first, then in each folder above it up to its feature's folder.
    /// </summary>
    sealed class FeatureViewLocationExpander : IViewLocationExpander
    {
        const string Key = "feature-folder";

        public void PopulateValues(ViewLocationExpanderContext context)
        {
            if (context.ActionContext.ActionDescriptor is PageActionDescriptor page && page.RelativePath.StartsWith(Root, StringComparison.OrdinalIgnoreCase))
                context.Values[Key] = page.RelativePath[..page.RelativePath.LastIndexOf('/')];
        }

        public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
        {
            if (!context.Values.TryGetValue(Key, out var folder) || folder is null) return viewLocations;
            var own = new List<string>();
            for (var f = folder; f.Length >= Root.Length; f = f[..f.LastIndexOf('/')])
                own.Add(f + "/{0}" + RazorViewEngine.ViewExtension);
            return own.Concat(viewLocations);
        }
    }
}
