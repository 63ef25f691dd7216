using Voice.Data.Languages;

namespace Voice.Tests.Languages;

/// <summary>Phone numbers keep their order on right-to-left pages (issue 15).</summary>
public class BidiTests
{
    [Fact]
    public void GroupedNumbers_AreTheOnlyPartsMarkedLeftToRight()
    {
        var parts = Bidi.Split("اتصل على 01632 960000 أو 999 (من 9 صباحًا)").ToList();
        Assert.Equal([("اتصل على ", false), ("01632 960000", true), (" أو 999 (من 9 صباحًا)", false)], parts);
    }

    [Fact]
    public void InHtml_OnlyTextIsChanged_NeverATag()
    {
        var html = "<p>رقم <a href=\"tel:0800 1111\">0800 1111</a> و <strong>01632 960 001</strong></p>";
        Assert.Equal(
            "<p>رقم <a href=\"tel:0800 1111\"><span dir=\"ltr\">0800 1111</span></a> و <strong><span dir=\"ltr\">01632 960 001</span></strong></p>",
            Bidi.IsolateInHtml(html));
    }

    [Fact]
    public void TextWithoutGroupedNumbers_IsUnchanged()
    {
        const string html = "<p>Do 3000 £ od 16 roku życia, 1 kwietnia 2023.</p>";
        Assert.Equal(html, Bidi.IsolateInHtml(html));
    }
}
