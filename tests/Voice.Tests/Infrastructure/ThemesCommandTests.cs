using System.Text.Json;
using Voice.Data.Analytics.Themes;
using Voice.Data.Text.Embeddings;
using Voice.Web;

namespace Voice.Tests.Infrastructure;

/// <summary>The <c>themes</c> command on a hospital-style taxonomy that has nothing to do with Voice's.</summary>
public class ThemesCommandTests
{
    static readonly (string Text, int Parking, int Food, int Staff)[] Rows =
    [
        ("Could not find a parking space anywhere", 1, 0, 0), ("The car park is far too expensive", 1, 0, 0),
        ("Parking charges are a rip off", 1, 0, 0), ("I drove round for half an hour looking for a space", 1, 0, 0),
        ("The pay and display machine was broken", 1, 0, 0), ("Not enough disabled parking bays", 1, 0, 0),
        ("The food was cold and tasteless", 0, 1, 0), ("Lovely hot meals and a good choice", 0, 1, 0),
        ("Dinner came late and the soup was horrible", 0, 1, 0), ("There was nothing vegetarian on the menu", 0, 1, 0),
        ("The sandwiches were stale", 0, 1, 0), ("Breakfast was really nice", 0, 1, 0),
        ("The nurses were kind and caring", 0, 0, 1), ("The receptionist was rude to my mother", 0, 0, 1),
        ("Doctors took time to explain everything", 0, 0, 1), ("Staff were friendly and helpful", 0, 0, 1),
        ("The porter was very polite", 0, 0, 1), ("One nurse shouted at me", 0, 0, 1),
        ("Staff were lovely but the food was awful", 0, 1, 1), ("Parking was a nightmare and the cafe food was overpriced", 1, 1, 0),
    ];

    static readonly (string Text, int Parking, int Food, int Staff)[] TestRows =
    [
        ("There were no parking spaces left", 1, 0, 0), ("It costs too much to park", 1, 0, 0),
        ("The meals were cold", 0, 1, 0), ("Tasty lunch", 0, 1, 0),
        ("The nurse was so kind", 0, 0, 1), ("A doctor was rude to me", 0, 0, 1),
    ];

    static string Csv(IEnumerable<(string Text, int Parking, int Food, int Staff)> rows) =>
        "text,parking,food,staff\n" + string.Join("\n", rows.Select(r => $"\"{r.Text}\",{r.Parking},{r.Food},{r.Staff}"));

    static string Write(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"voice-themes-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Evaluate_takes_the_taxonomy_from_the_header_and_ends_with_micro_and_macro_F1()
    {
        var (train, test) = (Write(Csv(Rows)), Write(Csv(TestRows)));
        try
        {
            var output = new StringWriter();
            var exit = ThemesCommand.Evaluate(["--train", train, "--test", test], output, new StringWriter());
            Assert.Equal(0, exit);
            var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.StartsWith("theme", lines[0]);
            Assert.Equal(["parking", "food", "staff"], lines[1..4].Select(l => l.Split(' ')[0]));
            Assert.All(lines[1..4], l => Assert.EndsWith(" 2", l));
            var summary = JsonDocument.Parse(lines[^1]).RootElement;
            Assert.True(summary.GetProperty("microF1").GetDouble() >= 0.5, lines[^1]);
            Assert.True(summary.GetProperty("macroF1").GetDouble() >= 0.5, lines[^1]);
        }
        finally { File.Delete(train); File.Delete(test); }
    }

    [Fact]
    public async Task Evaluate_names_the_file_when_it_has_no_text_column()
    {
        var (train, test) = (Write("comment,parking\nhello,1\n"), Write(Csv(TestRows)));
        try
        {
            var error = new StringWriter();
            var exit = await ThemesCommand.RunAsync(["evaluate", "--train", train, "--test", test], new StringReader(""), new StringWriter(), error);
            Assert.Equal(1, exit);
            Assert.Contains($"{Path.GetFileName(train)}: row 1: there is no \"text\" column", error.ToString());
        }
        finally { File.Delete(train); File.Delete(test); }
    }

    [Fact]
    public async Task Tag_writes_one_json_object_per_line_with_themes_tone_and_why()
    {
        var set = LabelledSet.ReadCsv("rows.csv", new StringReader(Csv(Rows)));
        var model = ThemeTrainer.Train(Taxonomy.FromIds(set.ThemeIds), set, SentenceEncoder.Shared.Encode);
        var path = Path.Combine(Path.GetTempPath(), $"voice-themes-{Guid.NewGuid():N}.json.gz");
        try
        {
            ThemeModelFile.Save(model, path);
            var output = new StringWriter();
            var exit = await ThemesCommand.RunAsync(["tag", "--model", path], new StringReader("The car park was full again\nthe soup was cold"), output, new StringWriter());
            Assert.Equal(0, exit);
            var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(2, lines.Count);
            Assert.Contains("parking", lines[0].GetProperty("themes").EnumerateArray().Select(e => e.GetString()));
            Assert.True(lines[0].GetProperty("why").TryGetProperty("parking", out var why));
            Assert.False(string.IsNullOrEmpty(why.GetProperty("example").GetString()));
            Assert.Equal("neutral", lines[0].GetProperty("tone").GetString());
        }
        finally { File.Delete(path); }
    }
}
