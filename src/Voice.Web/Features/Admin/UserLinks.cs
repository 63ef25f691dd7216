namespace Voice.Web.Features.Admin;

/// <summary>Every URL of the staff accounts feature.</summary>
public class UserLinks(LinkGenerator links)
{
    public string Index() => links.GetPathByPage("/Admin/Users/Index", values: new { area = "Staff" })!;
    public string Invite() => links.GetPathByPage("/Admin/Users/Invite", values: new { area = "Staff" })!;
    public string Details(string id) => links.GetPathByPage("/Admin/Users/Details", values: new { area = "Staff", id })!;
    public string Disable(string id) => links.GetPathByPage("/Admin/Users/Disable", values: new { area = "Staff", id })!;
}
