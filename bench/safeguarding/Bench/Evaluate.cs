using Voice.Data.Feedback.Safeguarding;
using Voice.Data.Text.Embeddings;

namespace Voice.Bench.Safeguarding;

/// <summary>The shipped screen's figures on labelled sets (a fresh set's first run, or the regression sets).</summary>
static class Evaluate
{
    /// <summary>The shipped screen (lexicon or meaning) on each tuned set.</summary>
    public static void Shipped(string themes, IReadOnlyList<(string Set, LabelledText Item)> sets)
    {
        var screen = SafeguardingScreen.Load(Path.Combine(themes, "safeguarding.json"),
            LabelledText.LoadCsv(Path.Combine(themes, "safeguarding-examples.csv")), texts => SentenceEncoder.Shared.Encode(texts));
        var m = screen.Semantic!.Current;
        Console.WriteLine($"threshold {m.Threshold:0.00}, confirming ambiguous phrases at {m.ConfirmThreshold:0.00}, validation recall (with lexicon) {m.ValidationRecall:0.00}, validation ordinary flagged {m.ValidationFlagRate:0.00}");
        var results = sets.Select(s => (s.Set, s.Item, R: screen.Screen(s.Item.Text))).ToList();
        // SHOW_MISTAKES=1 lists what was judged wrongly: never on a fresh set you may still measure a change on.
        if (Environment.GetEnvironmentVariable("SHOW_MISTAKES") == "1")
            foreach (var r in results.Where(r => r.R.Flag != r.Item.Disclosure))
                Console.WriteLine($"{(r.Item.Disclosure ? "missed" : "flagged")}\t{(r.R.Matches.Count > 0 ? "lexicon" : "meaning")} {r.R.Semantic?.Score:0.00}\t{r.Item.Text}");
        foreach (var g in results.GroupBy(r => r.Set).Append(results.GroupBy(r => "all").Single()))
        {
            var d = g.Where(r => r.Item.Disclosure).ToList(); var o = g.Where(r => !r.Item.Disclosure).ToList();
            Console.WriteLine($"{g.Key,-28} recall {d.Count(r => r.R.Flag)}/{d.Count} = {d.Count(r => r.R.Flag) / (double)d.Count:0.00}  ordinary flagged {o.Count(r => r.R.Flag)}/{o.Count} = {o.Count(r => r.R.Flag) / (double)Math.Max(1, o.Count):0.00}");
            // Fresh sets' ordinary rows: look-alikes (a harm), young inspector findings, service feedback.
            foreach (var kind in o.GroupBy(r => r.Item.Harm is "inspection" or "feedback" ? r.Item.Harm : "look-alikes").Where(_ => o.Any(r => r.Item.Harm is "inspection" or "feedback")))
                Console.WriteLine($"{"",-28}   {kind.Key} flagged {kind.Count(r => r.R.Flag)}/{kind.Count()} = {kind.Count(r => r.R.Flag) / (double)kind.Count():0.00} (by the lexicon alone {kind.Count(r => r.R.Flag && r.R.Semantic?.Flag != true)})");
        }
    }
}
