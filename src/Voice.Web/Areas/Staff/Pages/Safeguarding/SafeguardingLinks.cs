namespace Voice.Web.Areas.Staff.Pages.Safeguarding;

public class SafeguardingLinks(LinkGenerator links)
{
    public string Index() => links.GetPathByPage("/Safeguarding/Index", values: new { area = "Staff" })!;
    public string Flag(Guid id) => links.GetPathByPage("/Safeguarding/Flag", values: new { area = "Staff", id })!;
}
