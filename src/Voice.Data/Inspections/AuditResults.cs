namespace Voice.Data.Inspections;

/// <summary>One criterion's scores added up. <see cref="Mean"/> is null when it may not be shown.</summary>
public sealed record CriterionResult(AuditCriterion Criterion, int Count, double? Mean, bool? Passed, bool Suppressed);

/// <summary>
/// Adds up an audit's scores per criterion. For audits reported only in aggregate (care plan
/// audits), a mean is shown only when the shared small-number rule allows a rate on that many
/// people (<paramref name="canShowMean"/>); otherwise it is hidden and says so.
/// </summary>
public static class AuditResults
{
    public static IReadOnlyList<CriterionResult> Compute(Audit audit, IEnumerable<AuditScore> scores, Func<int, bool> canShowMean)
    {
        var byCriterion = scores.Where(s => s.Score is not null).ToLookup(s => s.CriterionId);
        return audit.Criteria.OrderBy(c => c.Order).Select(c =>
        {
            var values = byCriterion[c.Id].Select(s => s.Score!.Value).ToList();
            if (values.Count == 0) return new CriterionResult(c, 0, null, null, false);
            var hidden = audit.AggregateOnly && !canShowMean(values.Count);
            if (hidden) return new CriterionResult(c, values.Count, null, null, true);
            var mean = Math.Round(values.Average(), 1);
            return new CriterionResult(c, values.Count, mean, mean >= audit.PassMark, false);
        }).ToList();
    }
}
