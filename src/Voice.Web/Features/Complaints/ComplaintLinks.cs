using Voice.Web.Infrastructure;

namespace Voice.Web.Features.Complaints;

/// <summary>Every URL of the complaints feature, public and staff, including the absolute ones sent by email.</summary>
public class ComplaintLinks(LinkGenerator links, SiteUrl site)
{
    string BaseUrl => site.Base;

    string Page(string page, object? values = null, string? handler = null) =>
        links.GetPathByPage(page, handler, values) ?? throw new InvalidOperationException("No route for " + page);

    // The public journey.
    public string Start() => Page("/Complaints/New/Start");
    public string Question(string draft, string question, bool change = false) =>
        Page("/Complaints/New/" + PageName(question), new { draft, change = change ? "true" : null });
    public string Check(string draft) => Page("/Complaints/New/CheckAnswers", new { draft });
    public string Done(string draft) => Page("/Complaints/New/Done", new { draft });

    static string PageName(string question) => question switch
    {
        "who" => "Who",
        "service" => "Service",
        "what-happened" => "WhatHappened",
        "when" => "When",
        "late" => "Late",
        "outcome" => "Outcome",
        "help" => "Help",
        "contact" => "Contact",
        "check" => "CheckAnswers",
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, "No such question"),
    };

    // Tracking.
    public string Track() => Page("/Complaints/Track/Index");
    /// <summary>The private link: its own token, no code and no reference. A secret kept from before links had tokens gives the old link.</summary>
    public string TrackingLink(string reference, Voice.Data.Access.AccessSecret secret) => BaseUrl + (secret.LinkToken is { } link
        ? Page("/Complaints/Track/Index", new { link })
        : Page("/Complaints/Track/Index", new { reference, code = secret.Code }));
    public string Status(string reference, string? handler = null) => Page("/Complaints/Track/Status", new { reference }, handler);

    // Staff.
    public string Queue() => Page("/Complaints/Index", new { area = "Staff" });
    public string Log() => Page("/Complaints/Log", new { area = "Staff" });
    public string Report() => Page("/Complaints/Report", new { area = "Staff" });
    public string ReportCsv(DateOnly from, DateOnly to) => Page("/Complaints/Report", new { area = "Staff", from = from.ToString("yyyy-MM-dd"), to = to.ToString("yyyy-MM-dd") }, "Csv");
    public string Details(long id) => Page("/Complaints/Details", new { area = "Staff", id });
    public string DetailsAbsolute(long id) => BaseUrl + Details(id);
    public string Absolute(string path) => BaseUrl + path;
    /// <summary>The page of one staff action on a complaint, like /staff/complaints/12/acknowledge.</summary>
    public string Action(long id, Voice.Data.Complaints.ComplaintAction action, long? item = null) =>
        Page("/Complaints/Actions/" + action, new { area = "Staff", id, item });

    /// <summary>The action's last URL segment and email kind: "panel-report" for PanelReport.</summary>
    public static string Slug(Voice.Data.Complaints.ComplaintAction action) =>
        string.Concat(action.ToString().Select((ch, i) => char.IsUpper(ch) && i > 0 ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
