using Voice.Data.Analytics.Themes;

namespace Voice.Tests.Analytics.Themes;

public class EmergingPhrasesTests
{
    static readonly DateOnly Quarter = new(2026, 10, 1);

    static ThemedText Item(string text, int daysIntoQuarter, params string[] themes) => new(text, Quarter.AddDays(daysIntoQuarter), themes);

    [Fact]
    public void A_phrase_in_several_comments_that_fit_no_theme_is_suggested_with_examples()
    {
        var items = new[]
        {
            Item("The bus pass ran out and nobody renewed it", 3),
            Item("my bus passes never arrive on time", 10),
            Item("Can I get a bus pass for college", 20),
            Item("I like my bus pass", 30, "money"),
        };
        var found = EmergingPhrases.Find(items, Quarter, []);
        var bus = Assert.Single(found, p => p.Phrase.StartsWith("bus pass"));
        Assert.Equal(EmergingReason.FitsNoTheme, bus.Reason);
        Assert.Equal(3, bus.Count);
        Assert.Equal(3, bus.Examples.Count);
    }

    [Fact]
    public void A_phrase_said_much_more_this_quarter_than_last_is_rising_even_when_themed()
    {
        var items = new List<ThemedText> { Item("the contact centre closed early", -40, "family-contact") };
        for (var i = 0; i < 5; i++) items.Add(Item($"contact centre parking is awful {i}", i, "family-contact"));
        var found = EmergingPhrases.Find(items, Quarter, []);
        var rising = Assert.Single(found, p => p.Phrase == "contact centre");
        Assert.Equal(EmergingReason.Rising, rising.Reason);
        Assert.Equal((5, 1), (rising.Count, rising.PreviousCount));
    }

    [Fact]
    public void Known_and_decided_phrases_little_words_and_old_comments_are_left_out()
    {
        var items = Enumerable.Range(0, 5).Select(i => Item("I went to the youth club and the bus pass was fine", i))
            .Append(Item("fire alarm fire alarm", -200)).Append(Item("fire alarm", -200)).Append(Item("fire alarm", -200)).ToList();
        var found = EmergingPhrases.Find(items, Quarter, ["youth clubs", "bus pass"]);
        Assert.DoesNotContain(found, p => p.Phrase.Contains("youth club") || p.Phrase.Contains("bus pass") || p.Phrase.Contains("fire"));
        Assert.DoesNotContain(found, p => p.Phrase.StartsWith("the ") || p.Phrase.EndsWith(" and"));
    }

    [Fact]
    public void Complex_comments_are_long_or_have_many_themes_and_queue_most_complex_first()
    {
        var longText = string.Join(' ', Enumerable.Repeat("word", 51));
        Assert.True(ComplexComments.IsComplex(longText, 1));
        Assert.True(ComplexComments.IsComplex("short", 4));
        Assert.False(ComplexComments.IsComplex("short but fine", 3));
        var queue = ComplexComments.Queue(new[] { ("a", 1), (longText, 1), ("b", 5), ("c", 2) }, x => x.Item1, x => x.Item2);
        Assert.Equal(["b", longText], queue.Select(q => q.Item1));
    }
}
