namespace Voice.Web.Features.Views;

/// <summary>Every URL of the practitioner's side of views before reviews.</summary>
public class InvitationLinks(LinkGenerator links)
{
    string Page(string page, object? values = null, string? handler = null) =>
        links.GetPathByPage(page, handler, new RouteValueDictionary(values ?? new { }) { ["area"] = "Staff" })!;

    public string Index() => Page("/Views/Index");
    public string New() => Page("/Views/New");
    public string Details(Guid id) => Page("/Views/Details", new { id });
    public string Answers(Guid id) => Page("/Views/Answers", new { id });
    public string Print(Guid id) => Page("/Views/Answers", new { id, print = true });
    public string Json(Guid id) => Page("/Views/Answers", new { id }, "Json");
}
