namespace Voice.Data.Analytics.Themes;

/// <summary>Precision, recall, F1 and support for one theme on a labelled test set.</summary>
public sealed record ThemeScore(string ThemeId, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public int Support => TruePositives + FalseNegatives;
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => Support == 0 ? 0 : (double)TruePositives / Support;
    public double F1 => TruePositives == 0 ? 0 : 2.0 * TruePositives / (2.0 * TruePositives + FalsePositives + FalseNegatives);
}

/// <summary>How well a model tags a labelled test set: per theme, micro-F1 (all decisions pooled)
/// and macro-F1 (the mean over themes that occur in the test set).</summary>
public sealed record ThemeEvaluation(IReadOnlyList<ThemeScore> Themes, double MicroF1, double MacroF1, double? ToneAccuracy)
{
    public static ThemeEvaluation Run(ThemeModel model, LabelledSet test)
    {
        var data = test.Under(model.ThemeIds);
        var taggings = model.Tag(data.Comments.Select(c => c.Text).ToList());
        var scores = model.ThemeIds.Select((id, t) =>
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < taggings.Count; i++)
            {
                var predicted = taggings[i].Themes.Contains(id);
                var actual = data.Comments[i].Labels[t];
                if (predicted && actual) tp++;
                else if (predicted) fp++;
                else if (actual) fn++;
            }
            return new ThemeScore(id, tp, fp, fn);
        }).ToList();
        int TP = scores.Sum(s => s.TruePositives), FP = scores.Sum(s => s.FalsePositives), FN = scores.Sum(s => s.FalseNegatives);
        var micro = TP == 0 ? 0 : 2.0 * TP / (2.0 * TP + FP + FN);
        var present = scores.Where(s => s.Support > 0).ToList();
        var macro = present.Count == 0 ? 0 : present.Average(s => s.F1);
        var toned = Enumerable.Range(0, taggings.Count).Where(i => data.Comments[i].Tone is not null).ToList();
        double? tone = toned.Count == 0 || model.Tones.Count == 0 ? null : toned.Count(i => taggings[i].Tone == data.Comments[i].Tone) / (double)toned.Count;
        return new ThemeEvaluation(scores, micro, macro, tone);
    }
}
