namespace Voice.Web.Areas.Staff.Pages.Content;

/// <summary>Every URL of the content upkeep feature.</summary>
public class ContentLinks(LinkGenerator links)
{
    public string Index() => links.GetPathByPage("/Content/Index", values: new { area = "Staff" })!;
}
