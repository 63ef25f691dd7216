namespace Voice.Web.Features.Admin;

/// <summary>Every URL of the outbox administration page.</summary>
public class OutboxLinks(LinkGenerator links)
{
    public string Index() => links.GetPathByPage("/Admin/Outbox/Index", values: new { area = "Staff" })!;
    public string Retry(long id) => links.GetPathByPage("/Admin/Outbox/Index", handler: "Retry", values: new { area = "Staff", id })!;
}
