using Voice.Data.Languages;

namespace Voice.Tests.Languages;

public class TranslationCsvTests
{
    static readonly DateOnly Today = new(2026, 11, 26);

    static TranslationCatalog Catalog() => new(
        new Dictionary<string, string> { ["a"] = "Make a complaint", ["b"] = "Your reference is {0}", ["c"] = "Track a complaint" },
        new Dictionary<string, IReadOnlyDictionary<string, Translation>>
        {
            ["pl"] = new Dictionary<string, Translation>
            {
                ["a"] = new("Złóż skargę", TranslationStatus.Reviewed, TranslationText.Hash("Make a complaint"), "A. Nowak", Today),
                ["c"] = new("Śledź", TranslationStatus.Draft, TranslationText.Hash("Track a complaint")),
            },
        });

    static ImportResult Import(string csv) => TranslationCsv.Read(new StringReader(csv), Catalog(), Today);

    [Fact]
    public void ToDo_ListsMissingAndDraft_NotReviewed()
    {
        var rows = TranslationCsv.ToDo(Catalog(), "pl");
        Assert.Equal(["b", "c"], rows.Select(r => r.Key));
        Assert.Equal(["missing", "draft"], rows.Select(r => r.State));
        Assert.Equal(TranslationText.Hash("Your reference is {0}"), rows[0].SourceHash);
    }

    [Fact]
    public void Export_ThenImport_RoundTrips_AReviewedTranslation()
    {
        var writer = new StringWriter();
        TranslationCsv.Write(writer, TranslationCsv.ToDo(Catalog(), "pl").Select(r => r.Key == "b" ? r with { Translation = "Twój numer to {0}, \"ważne\"", Status = "reviewed", ReviewedBy = "A. Nowak" } : r));
        var result = Import(writer.ToString());
        Assert.True(result.Ok);
        var (language, key, t) = Assert.Single(result.Changes, c => c.Key == "b");
        Assert.Equal(("pl", "b"), (language, key));
        Assert.Equal(new Translation("Twój numer to {0}, \"ważne\"", TranslationStatus.Reviewed, TranslationText.Hash("Your reference is {0}"), "A. Nowak", Today), t);
    }

    [Fact]
    public void Import_EmptyTranslation_IsSkipped()
    {
        var result = Import($"key,language,english,source_hash,translation,status,reviewed_by\nb,pl,x,{TranslationText.Hash("Your reference is {0}")},,,\n");
        Assert.True(result.Ok);
        Assert.Empty(result.Changes);
        Assert.Equal(1, result.Skipped);
    }

    [Fact]
    public void Import_AnyBadLine_ChangesNothing_AndNamesEachLine()
    {
        var hashB = TranslationText.Hash("Your reference is {0}");
        var csv = "key,language,english,source_hash,translation,status,reviewed_by\n" +
                  $"b,pl,x,{hashB},Twój numer to {{0}},draft,\n" +             // fine
                  $"b,pl,x,{hashB},Twój numer,draft,\n" +                        // line 3: lost {0} (and repeated)
                  "a,pl,x,000000000000,Złóż,draft,\n" +                         // line 4: English changed
                  $"c,fr,x,{TranslationText.Hash("Track a complaint")},Suivre,draft,\n" + // line 5: language
                  $"c,pl,x,{TranslationText.Hash("Track a complaint")},Śledź,reviewed,\n" + // line 6: no reviewer
                  $"zz,pl,x,{hashB},x,draft,\n";                                 // line 7: unknown key
        var result = Import(csv);
        Assert.False(result.Ok);
        Assert.Empty(result.Changes);
        Assert.Equal([3, 4, 5, 6, 7], result.Problems.Select(p => p.Line));
        Assert.Contains("{0}", result.Problems[0].Message);
        Assert.Contains("has changed since this file was exported", result.Problems[1].Message);
        Assert.Contains("Enter who reviewed", result.Problems[3].Message);
    }

    [Fact]
    public void Import_MissingColumns_IsOneProblem()
    {
        var result = Import("key,translation\na,Złóż\n");
        Assert.Equal("The first line must name the columns; missing: language, english, source_hash, status, reviewed_by", Assert.Single(result.Problems).Message);
    }
}
