using Voice.Data.Analytics.Privacy;

namespace Voice.Tests.Analytics.Privacy;

public class SmallNumbersTests
{
    readonly SmallNumbers rule = new();

    [Fact]
    public void Minimum_IsASetting_NeverBelowFive()
    {
        Assert.Equal(10, rule.MinimumGroup);
        Assert.Equal(5, new SmallNumbers(5).MinimumGroup);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SmallNumbers(4));
        Assert.True(new SmallNumbers(5).IsSmall(4));
        Assert.False(new SmallNumbers(5).IsSmall(5));
    }

    [Fact]
    public void ZeroIsShown_OneToNineAreHidden()
    {
        Assert.False(rule.IsSmall(0));
        Assert.True(rule.IsSmall(1));
        Assert.True(rule.IsSmall(9));
        Assert.False(rule.IsSmall(10));
        Assert.False(rule.CanShowRate(9));
    }

    [Fact]
    public void Line_WithOneSmallFigure_HidesAnotherSoTheTotalGivesNothingAway()
    {
        var hidden = rule.ProtectLine([3, 40, 25, 0]);
        // 3 is small; hiding only it would let 68 − 40 − 25 = 3 be worked out, so the next
        // smallest (25) goes too. Zero and the total stay.
        Assert.Equal([true, false, true, false, false], hidden);
    }

    [Fact]
    public void Line_WhereTheHiddenFiguresTogetherAreSmall_HidesMore()
    {
        // 3 + 4 = 7 could be worked out from the total: a group of 7 "not in the third column".
        var hidden = rule.ProtectLine([3, 4, 50, 60]);
        Assert.Equal([true, true, true, false, false], hidden);
    }

    [Fact]
    public void Line_WithASmallTotal_HidesEverythingButZeros()
    {
        Assert.Equal([true, false, true, true], rule.ProtectLine([2, 0, 5]));
    }

    [Fact]
    public void Table_NoHiddenFigure_CanBeWorkedOutFromAnyRowColumnOrTotal()
    {
        long[,] cells =
        {
            { 2, 30, 40 },
            { 25, 15, 35 },
            { 50, 60, 70 },
        };
        var t = rule.ProtectTable(cells);
        Assert.True(t.IsHidden(0, 0));
        AssertEveryLineSafe(t);
    }

    [Fact]
    public void Table_RandomTables_AreAlwaysSafe()
    {
        var random = new Random(8);
        for (var n = 0; n < 300; n++)
        {
            var cells = new long[random.Next(1, 6), random.Next(1, 6)];
            for (var r = 0; r < cells.GetLength(0); r++)
            for (var c = 0; c < cells.GetLength(1); c++)
                cells[r, c] = random.Next(4) == 0 ? random.Next(0, 10) : random.Next(0, 60);
            var t = rule.ProtectTable(cells);
            for (var r = 0; r < t.Rows; r++)
            for (var c = 0; c < t.Columns; c++)
                if (rule.IsSmall(cells[r, c])) Assert.True(t.IsHidden(r, c));
            AssertEveryLineSafe(t);
        }
    }

    [Fact]
    public void Subtraction_AcrossFilters_IsBlocked()
    {
        // Team A alone: 95 responses. Team A aged 11 to 15: 92. So team A of other ages = 3.
        Assert.False(rule.SafeAcrossFilters([200, 95, 150, 92]));
        // 92 is not small, yet showing it with the unfiltered 95 would reveal 3 people.
        Assert.False(rule.IsSmall(92));
        // With a larger remainder on every side the figure is shown.
        Assert.True(rule.SafeAcrossFilters([200, 95, 150, 60]));
    }

    [Fact]
    public void Subtraction_AcrossTwoFilters_BlocksTheGroupWhereBothFail()
    {
        // all=100, team=40, age=50, both=35: neither-team-nor-age = 100 − 40 − 50 + 35 = 45,
        // team-not-age = 5: hidden.
        Assert.False(rule.SafeAcrossFilters([100, 40, 50, 35]));
        // all=100, team=40, age=50, both=20: 20, 30, 20, 30 — all safe.
        Assert.True(rule.SafeAcrossFilters([100, 40, 50, 20]));
        // Only the everyone-else group is small: 104 − 45 − 50 + 0 ... = 9 people in neither.
        Assert.False(rule.SafeAcrossFilters([104, 45, 50, 0]));
    }

    [Fact]
    public void Subtraction_AcrossEveryValueOfAFilter_IsBlockedByTheLine()
    {
        // An intruder filters by each team in turn and subtracts from the total: the line of
        // every team decides, so the small team never stands alone.
        long[] teams = [3, 48, 52, 61];
        var hidden = rule.ProtectLine(teams);
        Assert.True(hidden[0]);
        Assert.Equal(2, hidden.Take(teams.Length).Count(h => h));
    }

    [Fact]
    public void Counts_PerFilterSubset_MustCoverEverySubset()
    {
        Assert.Throws<ArgumentException>(() => rule.SafeAcrossFilters([1, 2, 3]));
    }

    [Fact]
    public void ReportingPeriods_AreWholeMonths()
    {
        Assert.Throws<ArgumentException>(() => new ReportingPeriod(new(2026, 1, 1), new(2026, 1, 15)));
        Assert.Throws<ArgumentException>(() => new ReportingPeriod(new(2026, 2, 1), new(2026, 2, 1)));
        var year = ReportingPeriod.FinancialYear(2025);
        Assert.Equal(new DateOnly(2026, 4, 1), year.Until);
        Assert.Equal(["2025 Q2", "2025 Q3", "2025 Q4", "2026 Q1"], year.Quarters().Select(q => q.ToString()));
    }

    // Every line (row with its total, column with its total, and the totals row and column)
    // either hides nothing, or hides two or more whose sum (when the total is shown) is not small.
    void AssertEveryLineSafe(ProtectedTable t)
    {
        for (var r = 0; r <= t.Rows; r++)
            AssertLine(Enumerable.Range(0, t.Columns + 1).Select(c => Cell(t, r, c)).ToList());
        for (var c = 0; c <= t.Columns; c++)
            AssertLine(Enumerable.Range(0, t.Rows + 1).Select(r => Cell(t, r, c)).ToList());
    }

    static (long Value, bool Hidden) Cell(ProtectedTable t, int r, int c) =>
        r == t.Rows && c == t.Columns ? (t.GrandTotal, t.IsGrandTotalHidden)
        : r == t.Rows ? (t.ColumnTotal(c), t.IsColumnTotalHidden(c))
        : c == t.Columns ? (t.RowTotal(r), t.IsRowTotalHidden(r))
        : (t.Value(r, c), t.IsHidden(r, c));

    void AssertLine(List<(long Value, bool Hidden)> line)
    {
        var hidden = line.Where(x => x.Hidden).ToList();
        if (hidden.Count == 0) return;
        Assert.True(hidden.Count >= 2, "one hidden figure in a line can be worked out");
        if (!line[^1].Hidden)
        {
            var sum = line.Take(line.Count - 1).Where(x => x.Hidden).Sum(x => x.Value);
            Assert.False(rule.IsSmall(sum), $"hidden figures add up to a small group ({sum})");
        }
    }
}
