using Microsoft.Extensions.Options;
using Voice.Web.Infrastructure;

namespace Voice.Web.Areas.Staff.Pages.CareLeavers.HealthHistory;

/// <summary>Every URL of the health team's pages, and absolute ones for emails.</summary>
public class HealthHistoryLinks(LinkGenerator links, IOptions<VoiceOptions> options, IHttpContextAccessor http)
{
    public string PublicBaseUrl =>
        options.Value.PublicBaseUrl?.TrimEnd('/')
        ?? (http.HttpContext is { } c ? $"{c.Request.Scheme}://{c.Request.Host}" : "http://localhost:5000");

    public string Absolute(string path) => PublicBaseUrl + path;

    public string Index(bool all = false) =>
        links.GetPathByPage("/CareLeavers/HealthHistory/Index", values: new { area = "Staff", show = all ? "all" : null })!;

    public string Details(int id) => links.GetPathByPage("/CareLeavers/HealthHistory/Details", values: new { area = "Staff", id })!;
}
