namespace Voice.Web.Features.Safeguarding;

public class SafeguardingLinks(LinkGenerator links)
{
    public string Index() => links.GetPathByPage("/Safeguarding/Index", values: new { area = "Staff" })!;
    public string Flag(Guid id) => links.GetPathByPage("/Safeguarding/Flag", values: new { area = "Staff", id })!;
    public string Record(string source, string record) => links.GetPathByPage("/Safeguarding/Record", values: new { area = "Staff", source, recordId = record })!;
    public string Samples() => links.GetPathByPage("/Safeguarding/Samples", values: new { area = "Staff" })!;
    public string Sample(Guid id) => links.GetPathByPage("/Safeguarding/Sample", values: new { area = "Staff", id })!;
    public string Examples() => links.GetPathByPage("/Safeguarding/Examples", values: new { area = "Staff" })!;
}
