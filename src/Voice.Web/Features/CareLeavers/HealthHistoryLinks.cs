using Voice.Web.Infrastructure;

namespace Voice.Web.Features.CareLeavers;

/// <summary>Every URL of the health team's pages, and absolute ones for emails.</summary>
public class HealthHistoryLinks(LinkGenerator links, SiteUrl siteUrl)
{
    public string PublicBaseUrl => siteUrl.Base;

    public string Absolute(string path) => siteUrl.Absolute(path);

    public string Index(bool all = false) =>
        links.GetPathByPage("/CareLeavers/HealthHistory/Index", values: new { area = "Staff", show = all ? "all" : null })!;

    public string Details(int id) => links.GetPathByPage("/CareLeavers/HealthHistory/Details", values: new { area = "Staff", id })!;
}
