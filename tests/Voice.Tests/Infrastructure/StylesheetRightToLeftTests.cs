using System.Text.RegularExpressions;

namespace Voice.Tests.Infrastructure;

/// <summary>
/// Right-to-left pages (Urdu, Arabic; issue 15): the GOV.UK parts placed by left and right, or that
/// point a way, are mirrored by Styles/app.scss. Read from the stylesheet the build made (what the
/// browser gets); screenshots in the README show them. Each rule here was missing or wrong before.
/// </summary>
public partial class StylesheetRightToLeftTests
{
    static readonly Lazy<string> Css = new(() => File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "src", "Voice.Web", "wwwroot", "lib", "app.css")));

    /// <summary>The declarations of the right-to-left rule for exactly <paramref name="selector"/> (outside or inside a media query).</summary>
    static IReadOnlyList<string> Rules(string selector) =>
        RuleRegex().Matches(Css.Value)
            .Where(m => m.Groups[1].Value.Split(',').Select(s => s.Trim()).Contains("[dir=rtl] " + selector))
            .Select(m => m.Groups[2].Value).ToList();

    [Fact]
    public void BreadcrumbChevrons_SitOnTheRight_AndPointLeft()
    {
        Assert.Contains(Rules(".govuk-breadcrumbs__list-item::before"), r => r.Contains("left:auto") && r.Contains("transform:rotate(225deg)"));
        Assert.Contains(Rules(".govuk-breadcrumbs__list-item"), r => r.Contains("float:right") && r.Contains("padding-left:0"));
        Assert.Contains(Rules(".govuk-breadcrumbs__list-item:first-child"), r => r.Contains("padding-right:0"));
    }

    [Fact]
    public void TheBackLinkPointsRight_TheStartArrowAndPaginationArrowsAreMirrored()
    {
        Assert.Contains(Rules(".govuk-back-link::before"), r => r.Contains("transform:rotate(45deg)"));
        Assert.Contains(Rules(".govuk-button__start-icon"), r => r.Contains("transform:scaleX(-1)"));
        Assert.Contains(Rules(".govuk-pagination__icon"), r => r.Contains("transform:scaleX(-1)"));
        Assert.Contains(Rules(".govuk-pagination__icon--prev"), r => r.Contains("margin-left:15px"));
    }

    [Fact]
    public void SummaryListChangeLinks_SitAtTheRowsEnd_OnTheLeft_FromTabletUp()
    {
        var tablet = Regex.Match(Css.Value, @"@media\s*\(min-width: 40\.0625em\)\{(\[dir=rtl\][^@]*)").Groups[1].Value;
        Assert.Contains("[dir=rtl] .govuk-summary-list__actions{text-align:left}", tablet);
        Assert.Contains(Rules(".govuk-summary-list__key"), r => r.Contains("padding-left:20px"));
    }

    [Fact]
    public void RadiosKeepTheirLabelsBesideThem_DateFieldsStartAtTheRight()
    {
        // GOV.UK Frontend 5 lays a choice out with flex, which mirrors itself: a label padded for the
        // ring as well went onto a line of its own, below its radio.
        Assert.DoesNotContain(Rules(".govuk-radios__label"), r => r.Contains("padding"));
        Assert.Contains(Rules(".govuk-radios__label::before"), r => r.Contains("right:2px"));
        Assert.Contains(Rules(".govuk-date-input__item"), r => r.Contains("margin-right:0") && r.Contains("margin-left:20px"));
    }

    [GeneratedRegex(@"([^{}]+)\{([^{}]*)\}")]
    private static partial Regex RuleRegex();
}
