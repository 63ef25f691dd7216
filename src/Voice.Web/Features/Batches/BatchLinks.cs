using Voice.Web.Infrastructure;

namespace Voice.Web.Features.Batches;

/// <summary>Every URL of bulk invitations, and the public addresses the emails carry.</summary>
public class BatchLinks(LinkGenerator links, SiteUrl siteUrl)
{
    string Page(string page, object? values = null) =>
        links.GetPathByPage(page, handler: null, new RouteValueDictionary(values ?? new { }) { ["area"] = "Staff" })!;

    public string Index() => Page("/Batches/Index");
    public string Upload() => Page("/Batches/Upload");
    public string Details(Guid id) => Page("/Batches/Details", new { id });

    /// <summary>An address for an email, on the public site (or this request's host when none is configured).</summary>
    public string Public(string path) => siteUrl.Absolute(path);
}
