using Voice.Data.Complaints;

namespace Voice.Data.Analytics.Privacy;

/// <summary>
/// The complaints report (<see cref="ComplaintReport"/>, the one implementation of its figures)
/// with <see cref="SmallNumbers"/> applied, for every screen and export that shows it: small
/// counts hidden; lines that split a total (who complained, what about, route, outcomes at each
/// stage, learning actions) protected as a line with that total; "within N days" counts hidden
/// when the ones outside would be a small group; averages and payments shown only when they
/// rest on enough complaints.
/// </summary>
public static class ReportPrivacy
{
    public sealed record ShownLine(string Section, string Measure, decimal Value, bool Hidden, string Display);

    public static IReadOnlyList<ShownLine> Protect(IReadOnlyList<ReportLine> lines, SmallNumbers rule)
    {
        var hidden = new bool[lines.Count];
        long Count(string measure) => (long)(lines.FirstOrDefault(l => l.Measure == measure)?.Value ?? 0);
        int IndexOf(string measure) => lines.ToList().FindIndex(l => l.Measure == measure);

        for (var i = 0; i < lines.Count; i++)
            if (!IsAverage(lines[i]) && !IsMoney(lines[i])) hidden[i] = rule.IsSmall((long)lines[i].Value);

        var received = IndexOf("Stage 1: complaints received");
        // Lines that split a total: protect each with its total.
        var groups = new List<(List<int> Parts, int Total)>
        {
            (Indexes(lines, l => l.Section == "Who complained"), received),
            (Indexes(lines, l => l.Section == "What about"), received),
            (Indexes(lines, l => l.Measure is "Statutory route" or "Corporate route"), received),
            (Indexes(lines, l => l.Section == "Learning" && l.Measure is "Not started" or "In progress" or "Done"), IndexOf("Learning actions")),
        };
        foreach (var stage in new[] { 1, 2, 3 })
            groups.Add((Indexes(lines, l => l.Section == "Outcomes (complaint points)" && l.Measure.StartsWith($"Stage {stage}:", StringComparison.Ordinal)), -1));

        bool changed;
        do
        {
            changed = false;
            foreach (var (parts, total) in groups.Where(g => g.Parts.Count > 0))
            {
                var protectedLine = rule.ProtectLine(parts.Select(p => (long)lines[p].Value).ToList());
                for (var k = 0; k < parts.Count; k++)
                    if (protectedLine[k] && !hidden[parts[k]]) { hidden[parts[k]] = true; changed = true; }
                if (total >= 0 && protectedLine[parts.Count] && !hidden[total]) { hidden[total] = true; changed = true; }
                // A hidden total with every part shown gives itself away.
                if (total >= 0 && hidden[total] && parts.All(p => !hidden[p]))
                    foreach (var p in parts.Where(p => lines[p].Value > 0)) { hidden[p] = true; changed = true; }
            }
        } while (changed);

        string? baseFor = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            if (l.Section == "Timeliness" && !l.Measure.Contains("within") && !IsAverage(l)) baseFor = l.Measure;
            if (l.Section != "Timeliness" || baseFor is null) continue;
            var baseCount = Count(baseFor);
            var baseHidden = hidden[IndexOf(baseFor)];
            if (l.Measure.Contains("within", StringComparison.Ordinal) && (baseHidden || rule.IsSmall(baseCount - (long)l.Value))) hidden[i] = true;
            if (IsAverage(l) && (baseHidden || !rule.CanShowRate(baseCount))) hidden[i] = true;
        }
        var remedies = IndexOf("Remedies agreed");
        for (var i = 0; i < lines.Count; i++)
            if (IsMoney(lines[i]) && (remedies < 0 || hidden[remedies] || !rule.CanShowRate(Count("Remedies agreed")))) hidden[i] = true;

        return [.. lines.Select((l, i) => new ShownLine(l.Section, l.Measure, l.Value, hidden[i], hidden[i] ? Suppressed.Mark : l.Display))];
    }

    /// <summary>The protected report as CSV: hidden figures are written as "c", never as numbers.</summary>
    public static string ToCsv(IEnumerable<ShownLine> lines, DateOnly from, DateOnly to) =>
        ComplaintReport.ToCsv(lines.Select(l => new ReportLine(l.Section, l.Measure, l.Value)), from, to, lines.Select(l => l.Display).ToList());

    static bool IsAverage(ReportLine l) => l.Measure.Contains("average", StringComparison.OrdinalIgnoreCase);
    static bool IsMoney(ReportLine l) => l.Measure.Contains('£');

    static List<int> Indexes(IReadOnlyList<ReportLine> lines, Func<ReportLine, bool> match) =>
        [.. lines.Select((l, i) => (l, i)).Where(x => match(x.l)).Select(x => x.i)];
}
