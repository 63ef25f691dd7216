namespace Voice.Data.Analytics.Privacy;

/// <summary>
/// The one small-number rule for every figure QA sees, on screen or in an export.
/// <list type="bullet">
/// <item>Primary: a count of 1 to <see cref="MinimumGroup"/> − 1 people is hidden (0 is shown:
/// it identifies nobody).</item>
/// <item>Secondary: in every line of a table (a row or column with its total) either nothing is
/// hidden, or at least two figures are hidden and the hidden figures add up to at least
/// <see cref="MinimumGroup"/>, so no hidden figure — and no small group — can be worked out by
/// subtracting the shown figures from the total.</item>
/// <item>Across filters: a filtered figure is shown only when every group that can be worked
/// out by subtracting it from the same figure with fewer filters (the "everyone else" groups)
/// is 0 or at least the minimum, and when it survives the line of every value of each filtered
/// dimension (<see cref="ProtectLine"/>), because an intruder can try each value in turn.</item>
/// <item>Means and percentages are shown only when they rest on at least the minimum.</item>
/// </list>
/// Reporting periods shorter than a month are refused by <see cref="ReportingPeriod"/>.
/// </summary>
public sealed class SmallNumbers
{
    /// <summary>The council may lower the minimum, but never below this.</summary>
    public const int Floor = 5;
    public const int DefaultMinimum = 10;

    public SmallNumbers(int minimumGroup = DefaultMinimum)
    {
        if (minimumGroup < Floor)
            throw new ArgumentOutOfRangeException(nameof(minimumGroup), minimumGroup,
                $"The smallest group shown can be no lower than {Floor}.");
        MinimumGroup = minimumGroup;
    }

    public int MinimumGroup { get; }

    /// <summary>True when a count on its own must be hidden.</summary>
    public bool IsSmall(long count) => count > 0 && count < MinimumGroup;

    /// <summary>A mean, rate or percentage may be shown only when this many people stand behind it.</summary>
    public bool CanShowRate(long denominator) => denominator >= MinimumGroup;

    /// <summary>
    /// One line: figures that add up to a total (shown after them). Returns which figures are
    /// hidden; index <c>values.Count</c> is the total. Deterministic: the same line gives the
    /// same answer whichever view it is reached from.
    /// </summary>
    public bool[] ProtectLine(IReadOnlyList<long> values)
    {
        var grid = new long[1, values.Count];
        for (var i = 0; i < values.Count; i++) grid[0, i] = values[i];
        var table = ProtectTable(grid);
        var hidden = new bool[values.Count + 1];
        for (var i = 0; i < values.Count; i++) hidden[i] = table.IsHidden(0, i);
        hidden[values.Count] = table.IsRowTotalHidden(0);
        return hidden;
    }

    /// <summary>
    /// A table of counts with row totals, column totals and a grand total, protected by
    /// primary and secondary suppression until every row, column and total line is safe.
    /// </summary>
    public ProtectedTable ProtectTable(long[,] cells)
    {
        int rows = cells.GetLength(0), columns = cells.GetLength(1);
        // The grid holds the cells plus a totals column (index columns) and a totals row (index rows).
        var grid = new long[rows + 1, columns + 1];
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < columns; c++)
        {
            if (cells[r, c] < 0) throw new ArgumentException("Counts cannot be negative.", nameof(cells));
            grid[r, c] = cells[r, c];
            grid[r, columns] += cells[r, c];
            grid[rows, c] += cells[r, c];
            grid[rows, columns] += cells[r, c];
        }

        var hidden = new bool[rows + 1, columns + 1];
        for (var r = 0; r <= rows; r++)
        for (var c = 0; c <= columns; c++)
            hidden[r, c] = IsSmall(grid[r, c]);

        bool changed;
        do
        {
            changed = false;
            for (var r = 0; r <= rows; r++)
                changed |= SecureLine(columns + 1, i => grid[r, i], i => hidden[r, i], i => hidden[r, i] = true);
            for (var c = 0; c <= columns; c++)
                changed |= SecureLine(rows + 1, i => grid[i, c], i => hidden[i, c], i => hidden[i, c] = true);
        } while (changed);

        return new ProtectedTable(grid, hidden, rows, columns);
    }

    /// <summary>
    /// Whether a figure shown under several filters is safe from subtraction across filters.
    /// <paramref name="countBySubset"/>[mask] is the same figure with only the filters whose bit
    /// is set in mask applied (so index 0 has no filters and the last index is the figure
    /// itself). Every "these filters hold, those fail" group is worked out by inclusion and
    /// exclusion; the figure is safe when each is 0 or at least the minimum.
    /// </summary>
    public bool SafeAcrossFilters(IReadOnlyList<long> countBySubset)
    {
        var all = countBySubset.Count - 1;
        if (all < 0 || (countBySubset.Count & all) != 0)
            throw new ArgumentException("Give one count for every subset of the filters (2^k of them).", nameof(countBySubset));
        if (IsSmall(countBySubset[all])) return false;
        // For each set N of filters that fail (the rest hold): Σ over M ⊆ N of (-1)^|M| · count(rest ∪ M).
        for (var failing = 1; failing <= all; failing++)
        {
            var holding = all & ~failing;
            long group = 0;
            for (var m = failing; ; m = (m - 1) & failing)
            {
                group += (System.Numerics.BitOperations.PopCount((uint)m) % 2 == 0 ? 1 : -1) * countBySubset[holding | m];
                if (m == 0) break;
            }
            if (IsSmall(group)) return false;
        }
        return true;
    }

    // One line of `length` figures whose last one is the total of the others. Returns true when
    // it hid something more.
    bool SecureLine(int length, Func<int, long> value, Func<int, bool> isHidden, Action<int> hide)
    {
        var changed = false;
        while (true)
        {
            var total = length - 1;
            int hiddenCount = 0;
            long hiddenSum = 0;
            for (var i = 0; i < length; i++)
                if (isHidden(i)) { hiddenCount++; if (i != total) hiddenSum += value(i); }
            if (hiddenCount == 0) return changed;

            // Safe when two or more are hidden and, with the total shown, the hidden figures
            // together are not themselves a small group.
            var totalShown = !isHidden(total);
            if (hiddenCount >= 2 && (!totalShown || !IsSmall(hiddenSum))) return changed;

            var next = -1;
            for (var i = 0; i < total; i++)
                if (!isHidden(i) && value(i) > 0 && (next < 0 || value(i) < value(next))) next = i;
            if (next < 0)
            {
                if (!totalShown) return changed; // nothing left that could give it away
                next = total;
            }
            hide(next);
            changed = true;
        }
    }
}

/// <summary>A protected table: the figures and which of them may be shown.</summary>
public sealed class ProtectedTable(long[,] grid, bool[,] hidden, int rows, int columns)
{
    public int Rows => rows;
    public int Columns => columns;
    public long Value(int row, int column) => grid[row, column];
    public bool IsHidden(int row, int column) => hidden[row, column];
    public long RowTotal(int row) => grid[row, columns];
    public bool IsRowTotalHidden(int row) => hidden[row, columns];
    public long ColumnTotal(int column) => grid[rows, column];
    public bool IsColumnTotalHidden(int column) => hidden[rows, column];
    public long GrandTotal => grid[rows, columns];
    public bool IsGrandTotalHidden => hidden[rows, columns];

    /// <summary>What to print: the number, or the statistical "c" for confidential.</summary>
    public string Show(int row, int column) => hidden[row, column] ? Suppressed.Mark : grid[row, column].ToString("N0");
}

/// <summary>How hidden figures are written everywhere (screens and exports), as DfE does.</summary>
public static class Suppressed
{
    public const string Mark = "c";
    public const string Explanation = "c means the figure is hidden because it is about fewer people than we show, or could be used to work one out.";
}
