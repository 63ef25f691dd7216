using System.Text;
using Voice.Data.Analytics.Themes;
using Voice.Data.Feedback;
using Voice.Data.Inspections;

namespace Voice.Tests.Inspections;

public class AuditTemplateLoaderTests
{
    static readonly InspectionTopics Topics = new(TaxonomyReader.Load(TestPaths.Content));

    [Fact]
    public void Topics_AreTheTaxonomysThemes_OneList()
    {
        var taxonomy = TaxonomyReader.Load(TestPaths.Content);
        Assert.Equal(taxonomy.Themes.Select(t => (t.Id, t.Name)), Topics.All.Select(t => (t.Id, t.Name)));
        var added = new InspectionTopics(new Taxonomy("test", [.. taxonomy.Themes, new Theme("transport", "Getting about", "", [], [])]));
        Assert.True(added.Exists("transport"));
        Assert.Equal("Getting about", added.Name("transport"));
        Assert.False(Topics.Exists("transport"));
        Assert.Equal("transport", Topics.Name("transport"));
    }

    [Fact]
    public void ATemplatesTopic_MustBeATheme_OfTheTaxonomyItIsLoadedWith()
    {
        var json = Encoding.UTF8.GetBytes(Valid("\"topic\": \"home\"", "\"topic\": \"transport\""));
        Assert.Throws<ContentValidationException>(() => AuditTemplateLoader.Load("visit.json", json, Topics));
        var withTransport = new InspectionTopics(new Taxonomy("test", [new Theme("transport", "Getting about", "", [], [])]));
        Assert.Equal("transport", AuditTemplateLoader.Load("visit.json", json, withTransport).Topic);
    }

    [Fact]
    public void ShippedTemplates_LoadWithTheFourKindsOfAudit()
    {
        var catalog = AuditTemplateLoader.LoadDirectory(Path.Combine(TestPaths.Content, "audits"), Topics);
        Assert.Equal(["care-plan", "letters-and-web-pages", "mystery-shopping-phone", "service-visit"], catalog.All.Select(t => t.Id).Order());
        var plan = catalog.Find("care-plan")!;
        Assert.True(plan.OwnPlanOnly);
        Assert.True(plan.AggregateOnly);
        Assert.Equal(5, plan.Criteria.Count);
        var visit = catalog.Find("service-visit")!;
        Assert.False(visit.OwnPlanOnly);
        Assert.Equal([1, 2, 3, 4, 5], visit.Scale.Select(p => p.Value));
        Assert.Equal(4, visit.PassMark);
        Assert.Equal(12, visit.Version.Length);
    }

    static string Valid(string replace = "", string with = "") => """
        {
          "id": "visit", "title": "Visit", "summary": "s", "forYoungPeople": "f", "itemLabel": "Place",
          "topic": "home", "consent": "c",
          "scale": { "name": "Faces", "passMark": 2, "points": [ { "value": 1, "label": "Bad" }, { "value": 2, "label": "Good" } ] },
          "criteria": [ { "id": "welcome", "text": "We felt welcome" } ]
        }
        """ is var json && replace.Length > 0 ? json.Replace(replace, with) : json;

    [Theory]
    [InlineData("\"passMark\": 2", "\"passMark\": 3", "$.scale.passMark: 3 is not the value of a point on the scale")]
    [InlineData("\"topic\": \"home\"", "\"topic\": \"houses\"", "$.topic: \"houses\" is not a topic")]
    [InlineData("\"id\": \"welcome\"", "\"id\": \"Welcome!\"", "$.criteria[0].id: \"Welcome!\" must be lower-case")]
    [InlineData("\"criteria\": [ { \"id\": \"welcome\", \"text\": \"We felt welcome\" } ]", "\"criteria\": []", "$.criteria: must have at least one criterion")]
    [InlineData("\"consent\": \"c\",", "", "$.consent: is required")]
    [InlineData("\"itemLabel\"", "\"itemLabels\"", "$.itemLabels: unknown field")]
    [InlineData("{ \"value\": 2, \"label\": \"Good\" }", "{ \"value\": 1, \"label\": \"Good\" }", "$.scale.points: two points have the same value")]
    public void AMistake_NamesTheFileAndTheField(string replace, string with, string message)
    {
        var e = Assert.Throws<ContentValidationException>(() => AuditTemplateLoader.Load("visit.json", Encoding.UTF8.GetBytes(Valid(replace, with)), Topics));
        Assert.Equal("visit.json", e.File);
        Assert.StartsWith(message, $"{e.JsonPath}: {e.Problem}");
    }

    [Fact]
    public void TheSameId_InTwoFiles_IsRefused()
    {
        var folder = Directory.CreateTempSubdirectory("voice-audits-").FullName;
        File.WriteAllText(Path.Combine(folder, "a.json"), Valid());
        File.WriteAllText(Path.Combine(folder, "b.json"), Valid());
        var e = Assert.Throws<ContentValidationException>(() => AuditTemplateLoader.LoadDirectory(folder, Topics));
        Assert.Equal("b.json: $.id: \"visit\" is already the id of a.json", e.Message);
        Directory.Delete(folder, true);
    }
}
