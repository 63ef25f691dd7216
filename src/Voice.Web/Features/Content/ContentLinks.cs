namespace Voice.Web.Features.Content;

/// <summary>Every URL of the content upkeep feature.</summary>
public class ContentLinks(LinkGenerator links)
{
    public string Index() => links.GetPathByPage("/Content/Index", values: new { area = "Staff" })!;
    public string Translations() => links.GetPathByPage("/Content/Translations/Index", values: new { area = "Staff" })!;
    public string TranslationsExport(string language) => links.GetPathByPage("/Content/Translations/Index", "Export", new { area = "Staff", language })!;
    public string TranslationsImport() => links.GetPathByPage("/Content/Translations/Import", values: new { area = "Staff" })!;
}
