namespace Voice.Web.Features.Admin;

/// <summary>Every URL of the calendar administration page.</summary>
public class CalendarLinks(LinkGenerator links)
{
    public string Index() => links.GetPathByPage("/Admin/Calendar/Index", values: new { area = "Staff" })!;
    public string Undo(long id) => links.GetPathByPage("/Admin/Calendar/Index", handler: "Undo", values: new { area = "Staff", id })!;
}
