using Microsoft.AspNetCore.Mvc.RazorPages;
using Voice.Data.Identity;
using Voice.Web.Infrastructure.Security;

namespace Voice.Web.Features.Content;

/// <summary>
/// The content upkeep pages (the local offer's problems, translations), for content editors,
/// registered from one line in VoiceApp. The content itself loads with the feature that shows it.
/// </summary>
public static class ContentSetup
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton<ContentLinks>();
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeAreaFolder("Staff", "/Content", Policies.ForRole(Roles.ContentEditor)));
    }
}
