using Voice.Data.Feedback.Safeguarding;
using Voice.Data.Text.Embeddings;

namespace Voice.Bench.Safeguarding;

/// <summary>
/// Compares ways of scoring by meaning on the examples' validation split and on the tuned
/// (regression) sets. Used to choose the method; never run on a fresh set before its first run.
/// </summary>
static class Explore
{
    public static void Run(string themes, IReadOnlyList<(string Set, LabelledText Item)> tuned)
    {
        var examples = LabelledText.LoadCsv(Path.Combine(themes, "safeguarding-examples.csv")).ToArray();
        var texts = examples.Select(e => e.Text).Concat(tuned.Select(t => t.Item.Text)).Distinct().ToList();
        var vectors = SentenceEncoder.Shared.Encode(texts);
        var v = texts.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => vectors[x.i]);
        var train = Enumerable.Range(0, examples.Length).Where(i => i % 5 != 0).Select(i => examples[i]).ToArray();
        var valid = Enumerable.Range(0, examples.Length).Where(i => i % 5 == 0).Select(i => examples[i]).ToArray();

        foreach (var (name, make) in Variants())
        {
            var scorer = make(train, train.Select(e => v[e.Text]).ToArray());
            var validScores = valid.Select(e => (e.Disclosure, S: scorer(v[e.Text]))).ToList();
            var t = Threshold(validScores, 0.97);
            var full = make(examples, examples.Select(e => v[e.Text]).ToArray());
            var tunedScores = tuned.Select(x => (x.Item.Disclosure, S: full(v[x.Item.Text]))).ToList();
            var t95 = Threshold(tunedScores, 0.95);
            Console.WriteLine($"{name,-28} valid t={t:0.00} R={Recall(validScores, t):0.00} F={Fpr(validScores, t):0.00} | tuned@t R={Recall(tunedScores, t):0.00} F={Fpr(tunedScores, t):0.00} | tuned best@R.95 t={t95:0.00} F={Fpr(tunedScores, t95):0.00}");
        }
    }

    /// <summary>The shipped screen (lexicon or meaning) on each tuned set.</summary>
    public static void Shipped(string themes, IReadOnlyList<(string Set, LabelledText Item)> sets)
    {
        var screen = SafeguardingScreen.Load(Path.Combine(themes, "safeguarding.json"),
            LabelledText.LoadCsv(Path.Combine(themes, "safeguarding-examples.csv")), texts => SentenceEncoder.Shared.Encode(texts));
        var m = screen.Semantic!.Current;
        Console.WriteLine($"threshold {m.Threshold:0.00}, validation recall (with lexicon) {m.ValidationRecall:0.00}, validation ordinary flagged {m.ValidationFlagRate:0.00}");
        var results = sets.Select(s => (s.Set, s.Item, R: screen.Screen(s.Item.Text))).ToList();
        foreach (var g in results.GroupBy(r => r.Set).Append(results.GroupBy(r => "all").Single()))
        {
            var d = g.Where(r => r.Item.Disclosure).ToList(); var o = g.Where(r => !r.Item.Disclosure).ToList();
            Console.WriteLine($"{g.Key,-28} recall {d.Count(r => r.R.Flag)}/{d.Count} = {d.Count(r => r.R.Flag) / (double)d.Count:0.00}  ordinary flagged {o.Count(r => r.R.Flag)}/{o.Count} = {o.Count(r => r.R.Flag) / (double)Math.Max(1, o.Count):0.00}");
        }
    }

    delegate Func<float[], double> Maker(LabelledText[] ex, float[][] vs);

    static IEnumerable<(string, Maker)> Variants()
    {
        yield return ("lr", (ex, vs) => { var m = LogisticRegression.Train(vs, ex.Select(e => e.Disclosure).ToList()); return x => m.Predict(x); });
        yield return ("lr l2=0.01", (ex, vs) => { var m = LogisticRegression.Train(vs, ex.Select(e => e.Disclosure).ToList(), l2: 0.01); return x => m.Predict(x); });
        yield return ("lr 1000 ep rate 1", (ex, vs) => { var m = LogisticRegression.Train(vs, ex.Select(e => e.Disclosure).ToList(), epochs: 1000, rate: 1); return x => m.Predict(x); });
        foreach (var k in new[] { 3, 5, 10 })
        {
            yield return ($"knn{k}", (ex, vs) => x => Knn(ex, vs, x, k, false));
            yield return ($"knn{k} balanced", (ex, vs) => x => Knn(ex, vs, x, k, true));
        }
        yield return ("margin max", (ex, vs) => x => Margin(ex, vs, x));
        yield return ("lr+knn5", (ex, vs) => { var m = LogisticRegression.Train(vs, ex.Select(e => e.Disclosure).ToList()); return x => (m.Predict(x) + Knn(ex, vs, x, 5, false)) / 2; });
        yield return ("lr+knn5 balanced", (ex, vs) => { var m = LogisticRegression.Train(vs, ex.Select(e => e.Disclosure).ToList()); return x => (m.Predict(x) + Knn(ex, vs, x, 5, true)) / 2; });
        yield return ("lr+margin", (ex, vs) => { var m = LogisticRegression.Train(vs, ex.Select(e => e.Disclosure).ToList()); return x => (m.Predict(x) + (Margin(ex, vs, x) + 1) / 2) / 2; });
    }

    static double Dot(float[] a, float[] b) { double s = 0; for (var i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }

    static double Knn(LabelledText[] ex, float[][] vs, float[] x, int k, bool balanced)
    {
        var nFlag = ex.Count(e => e.Disclosure); var nOk = ex.Length - nFlag;
        var top = vs.Select((v, i) => (i, s: Dot(v, x))).OrderByDescending(t => t.s).Take(k).ToList();
        double f = 0, o = 0;
        foreach (var (i, s) in top)
        {
            var w = Math.Max(s, 0);
            if (ex[i].Disclosure) f += balanced ? w / nFlag : w; else o += balanced ? w / nOk : w;
        }
        return f + o == 0 ? 0 : f / (f + o);
    }

    static double Margin(LabelledText[] ex, float[][] vs, float[] x)
    {
        double f = -1, o = -1;
        for (var i = 0; i < ex.Length; i++) { var s = Dot(vs[i], x); if (ex[i].Disclosure) f = Math.Max(f, s); else o = Math.Max(o, s); }
        return f - o;
    }

    static double Threshold(List<(bool D, double S)> scored, double target)
    {
        var d = scored.Where(s => s.D).Select(s => s.S).OrderByDescending(s => s).ToList();
        var need = (int)Math.Ceiling(target * d.Count);
        return d[Math.Max(0, need - 1)];
    }

    static double Recall(List<(bool D, double S)> s, double t) => s.Count(x => x.D && x.S >= t) / (double)s.Count(x => x.D);
    static double Fpr(List<(bool D, double S)> s, double t) => s.Count(x => !x.D && x.S >= t) / (double)Math.Max(1, s.Count(x => !x.D));
}
