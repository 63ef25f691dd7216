using Voice.Data.Feedback.Safeguarding;
using Voice.Data.Text.Classification;
using Voice.Data.Text.Embeddings;

namespace Voice.Bench.Safeguarding;

/// <summary>
/// Leave-one-set-out comparison of scoring methods on the tuned (regression) sets: for each set,
/// train on the examples plus every other tuned set, choose the threshold on a validation split
/// of that training data (lexicon or meaning reaching the target share of validation disclosures,
/// as the shipped screen does), then screen the left-out set. Also prints, over all left-out sets
/// together, the share of ordinary comments flagged at the best single threshold that finds 95%
/// of their disclosures (how well the method separates, whatever the threshold rule).
/// Never run on a fresh set before its first run.
/// </summary>
static class CrossValidate
{
    static readonly double[] Targets = [0.98, 0.97, 0.95];

    /// <param name="examplesFile">The examples to train on (default content/themes/safeguarding-examples.csv).</param>
    /// <param name="only">Run only the method of this name.</param>
    public static void Run(string themes, IReadOnlyList<(string Set, LabelledText Item)> tuned, string? examplesFile = null, string? only = null)
    {
        var lexicon = SafeguardingScreen.Load(Path.Combine(themes, "safeguarding.json"));
        var examples = LabelledText.LoadCsv(examplesFile ?? Path.Combine(themes, "safeguarding-examples.csv")).ToArray();
        Console.WriteLine($"examples: {examples.Length} ({examples.Count(e => e.Disclosure)} disclosures, {examples.Count(e => !e.Disclosure)} ordinary)");
        var texts = examples.Select(e => e.Text).Concat(tuned.Select(t => t.Item.Text)).Distinct().ToList();
        var encoded = SentenceEncoder.Shared.Encode(texts);
        var vec = texts.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => encoded[x.i]);
        // The most urgent rule tier among a text's matches (the rule's own tier, before negation or context), 0 for none.
        var tiers = texts.ToDictionary(t => t, t => lexicon.ScreenLexicon(t).Matches.Select(m => m.RuleTier).DefaultIfEmpty(0).Min());
        // TIER_ALONE=n: matches of a rule of tier n or more urgent flag alone; less urgent ones only
        // when the meaning score reaches the confirming threshold (chosen on the validation split,
        // as the app does). The shipped screen: 1 (ScreenResult.AloneTier); 3 is the screen before,
        // where every match flags alone.
        var alone = int.Parse(Environment.GetEnvironmentVariable("TIER_ALONE") ?? ScreenResult.AloneTier.ToString());
        Console.WriteLine($"lexicon matches of a rule of tier {alone} or more urgent flag alone; most urgent rule tier on tuned ordinary: {string.Join(", ", tuned.Where(t => !t.Item.Disclosure).GroupBy(t => tiers[t.Item.Text]).OrderBy(g => g.Key).Select(g => $"tier {g.Key}: {g.Count()}"))}; on tuned disclosures: {string.Join(", ", tuned.Where(t => t.Item.Disclosure).GroupBy(t => tiers[t.Item.Text]).OrderBy(g => g.Key).Select(g => $"tier {g.Key}: {g.Count()}"))} (0: no match)");
        // For choosing the flagging threshold, any match counts as found (as in the app).
        Func<string, double, double> effective = (t, score) => tiers[t] > 0 ? double.PositiveInfinity : score;
        bool Weak(string t) => tiers[t] > alone;
        // The screen's decision: a strong match, a meaning score at the threshold, or an ambiguous match the meaning confirms.
        bool Flags(string t, double score, double threshold, double confirm) =>
            (tiers[t] > 0 && !Weak(t)) || score >= threshold || (Weak(t) && score >= confirm);
        var sets = tuned.Select(t => t.Set).Distinct().ToList();

        foreach (var (name, make) in Methods().Where(m => only is null || m.Item1 == only))
        {
            // Per left-out set: the thresholds for each target, and each item's score.
            var folds = new List<(string Set, (double Threshold, double Confirm)[] Thresholds, List<(LabelledText Item, double Score)> Scored)>();
            foreach (var set in sets)
            {
                var test = tuned.Where(t => t.Set == set).Select(t => t.Item).ToArray();
                // The examples file holds the tuned sets too: leave the test set's texts out of training.
                var held = test.Select(t => t.Text.Trim().ToLowerInvariant()).ToHashSet();
                // Once each, as the shipped screen trains (a copy in both the inner training and the
                // validation split would make the threshold too strict).
                var train = examples.Where(e => !held.Contains(e.Text.Trim().ToLowerInvariant()))
                    .Concat(tuned.Where(t => t.Set != set).Select(t => t.Item))
                    .GroupBy(e => e.Text.Trim().ToLowerInvariant()).Select(g => g.First()).ToArray();
                var thresholds = ChooseThresholds(train, make, vec, effective, Weak);
                var scorer = make(train, vec);
                folds.Add((set, thresholds, [.. test.Select(item => (item, scorer(item.Text)))]));
            }
            for (var k = 0; k < Targets.Length; k++)
            {
                int d = 0, dFound = 0, o = 0, oFlag = 0, oLex = 0, oSem = 0;
                var line = new List<string>();
                foreach (var (set, thresholds, scored) in folds)
                {
                    int sd = 0, sdF = 0, so = 0, soF = 0;
                    foreach (var (item, score) in scored)
                    {
                        var sem = score >= thresholds[k].Threshold;
                        var flag = Flags(item.Text, score, thresholds[k].Threshold, thresholds[k].Confirm);
                        if (item.Disclosure) { sd++; if (flag) sdF++; }
                        else { so++; if (flag) soF++; if (flag && !sem) oLex++; if (sem) oSem++; }
                    }
                    d += sd; dFound += sdF; o += so; oFlag += soF;
                    line.Add($"{Short(set)}:{sdF}/{sd},{soF}/{so}");
                }
                Console.WriteLine($"{name + " @" + Targets[k],-26} recall {dFound / (double)d:0.00} ordinary flagged {oFlag / (double)o:0.00} (lexicon {oLex / (double)o:0.00}, meaning {oSem / (double)o:0.00})  {string.Join(" ", line)}");
            }
            foreach (var (which, folded) in new[] { ("all left-out sets", folds), ("the fresh .csv sets", folds.Where(f => f.Set.StartsWith("safeguarding-fresh-")).ToList()) })
            {
                var all = folded.SelectMany(f => f.Scored).Select(s => (s.Item.Disclosure, Score: tiers[s.Item.Text] > 0 && !Weak(s.Item.Text) ? double.PositiveInfinity : s.Score)).ToList();
                var ds = all.Where(a => a.Disclosure).Select(a => a.Score).OrderByDescending(s => s).ToList();
                var cut = ds[(int)Math.Ceiling(0.95 * ds.Count) - 1];
                var os = all.Where(a => !a.Disclosure).ToList();
                Console.WriteLine($"{name,-26} separation on {which}: at the one threshold ({cut:0.00}) finding 0.95 of their disclosures, ordinary flagged {os.Count(a => a.Score >= cut) / (double)os.Count:0.00}");
            }
            // The fresh sets' disclosures and look-alikes (their ordinary rows less inspection findings and service feedback), as the first-run table counts them.
            {
                var fresh = folds.Where(f => f.Set.StartsWith("safeguarding-fresh-")).SelectMany(f => f.Scored.Select(x => (x.Item, Flag: Flags(x.Item.Text, x.Score, f.Thresholds[1].Threshold, f.Thresholds[1].Confirm)))).ToList();
                var fd = fresh.Where(x => x.Item.Disclosure).ToList();
                var fl = fresh.Where(x => !x.Item.Disclosure && x.Item.Harm is not ("inspection" or "feedback")).ToList();
                Console.WriteLine($"{name,-26} fresh sets @{Targets[1]}: disclosures found {fd.Count(x => x.Flag)} of {fd.Count}, look-alikes flagged {fl.Count(x => x.Flag)} of {fl.Count} (by a lexicon match the meaning does not flag {fl.Count(x => x.Flag && tiers[x.Item.Text] > 0 && x.Item.Text is var t && !folds.Any(f => f.Scored.Any(y => y.Item.Text == t && y.Score >= f.Thresholds[1].Threshold)))})");
            }
            // CV_MISTAKES=1: the left-out tuned sets' ordinary comments flagged at the middle target (tuned sets only).
            if (Environment.GetEnvironmentVariable("CV_MISTAKES") == "1")
                foreach (var (set, thresholds, scored) in folds)
                    foreach (var (item, score) in scored.Where(x => x.Item.Disclosure != Flags(x.Item.Text, x.Score, thresholds[1].Threshold, thresholds[1].Confirm)))
                        Console.WriteLine($"  {(item.Disclosure ? "missed" : "flagged")} {Short(set)} tier {tiers[item.Text]} {Rules(lexicon, item.Text)} {score:0.00}/{thresholds[1].Threshold:0.00} {item.Harm}: {item.Text}");
            Console.WriteLine($"{name,-26} thresholds (confirming) @{Targets[1]}: {string.Join(" ", folds.Select(f => $"{f.Thresholds[1].Threshold:0.00} ({f.Thresholds[1].Confirm:0.00})"))}");
        }
    }

    static string Rules(SafeguardingScreen lexicon, string text) =>
        string.Join(",", lexicon.ScreenLexicon(text).Matches.Select(m => $"{m.RuleId}[{m.Text}]").Distinct());

    static string Short(string set) => set.Replace("safeguarding-", "").Replace(".tsv", "").Replace("fresh-2026-11-26", "f26");

    delegate Func<string, double> Maker(LabelledText[] train, Dictionary<string, float[]> vec);

    /// <summary>For each target: the flagging threshold, and the confirming threshold for ambiguous phrases (SemanticScreen.ChooseConfirm, as the app).</summary>
    static (double, double)[] ChooseThresholds(LabelledText[] train, Maker make, Dictionary<string, float[]> vec, Func<string, double, double> effective, Func<string, bool> weak)
    {
        var inner = Enumerable.Range(0, train.Length).Where(i => i % 5 != 0).Select(i => train[i]).ToArray();
        var valid = Enumerable.Range(0, train.Length).Where(i => i % 5 == 0).Select(i => train[i]).ToArray();
        var scorer = make(inner, vec);
        var disclosures = valid.Where(v => v.Disclosure).Select(v => (v.Text, Score: scorer(v.Text))).ToList();
        var scores = disclosures.Select(v => effective(v.Text, v.Score)).OrderByDescending(s => s).ToList();
        var weakScores = disclosures.Where(v => weak(v.Text)).Select(v => v.Score).ToList();
        return [.. Targets.Select(target => Math.Min(scores[Math.Max(0, (int)Math.Ceiling(target * scores.Count) - 1)], 0.9))
            .Select(t => (t, SemanticScreen.ChooseConfirm(weakScores, t)))];
    }

    static IEnumerable<(string, Maker)> Methods()
    {
        yield return ("words+knn", (tr, vec) => { var j = Joint(tr, vec); var vs = tr.Select(e => vec[e.Text]).ToArray(); return s => (j(s) + Knn(tr, vs, vec[s], 5)) / 2; });
        foreach (var o in new LogisticRegression.Options[] { new(WordScale: 2), new(L2: 1e-3), new(Epochs: 15) })
            yield return ($"words+knn {o.WordScale},{o.L2},{o.Epochs}", (tr, vec) => { var j = Joint(tr, vec, o); var vs = tr.Select(e => vec[e.Text]).ToArray(); return s => (j(s) + Knn(tr, vs, vec[s], 5)) / 2; });
        yield return ("embedding+knn", (tr, vec) => { var j = Joint(tr, vec, words: false); var vs = tr.Select(e => vec[e.Text]).ToArray(); return s => (j(s) + Knn(tr, vs, vec[s], 5)) / 2; });
    }

    /// <summary>The shipped classifier (embedding and word features); without words, the embedding alone.</summary>
    static Func<string, double> Joint(LabelledText[] tr, Dictionary<string, float[]> vec, LogisticRegression.Options? options = null, bool words = true)
    {
        var vocabulary = WordFeatures.Fit(words ? tr.Select(e => e.Text) : []);
        options ??= new LogisticRegression.Options();
        FeatureVector F(string s) => new(vec[s], vocabulary.Transform(s));
        var m = LogisticRegression.Train(tr.Select(e => F(e.Text)).ToList(), tr.Select(e => e.Disclosure).ToList(), vocabulary.Idf.Length, options);
        return s => m.Probability(F(s), options.WordScale, options.EmbeddingScale);
    }

    static double Knn(LabelledText[] ex, float[][] vs, float[] x, int k)
    {
        var top = vs.Select((v, i) => (i, s: Dot(v, x))).OrderByDescending(t => t.s).Take(k).ToList();
        double f = 0, all = 0;
        foreach (var (i, s) in top) { var w = Math.Max(s, 0); all += w; if (ex[i].Disclosure) f += w; }
        return all == 0 ? 0 : f / all;
    }

    static double Dot(float[] a, float[] b) { double s = 0; for (var i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }
}
