using Voice.Data.Feedback.Safeguarding;
using Voice.Data.Text.Classification;
using Voice.Data.Text.Embeddings;

namespace Voice.Bench.Safeguarding;

/// <summary>
/// Leave-one-set-out comparison of scoring methods on the tuned (regression) sets: for each set,
/// train on the examples plus every other tuned set, choose the threshold on a validation split
/// of that training data (lexicon or meaning reaching 97% of validation disclosures, as the
/// shipped screen does), then screen the left-out set. Never run on a fresh set before its first run.
/// </summary>
static class CrossValidate
{
    public static void Run(string themes, IReadOnlyList<(string Set, LabelledText Item)> tuned)
    {
        var lexicon = SafeguardingScreen.Load(Path.Combine(themes, "safeguarding.json"));
        var examples = LabelledText.LoadCsv(Path.Combine(themes, "safeguarding-examples.csv")).ToArray();
        var texts = examples.Select(e => e.Text).Concat(tuned.Select(t => t.Item.Text)).Distinct().ToList();
        var encoded = SentenceEncoder.Shared.Encode(texts);
        var vec = texts.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => encoded[x.i]);
        var lex = texts.ToDictionary(t => t, t => lexicon.ScreenLexicon(t).Flag);
        var sets = tuned.Select(t => t.Set).Distinct().ToList();

        foreach (var (name, make, target) in Methods().SelectMany(m => new[] { 0.98, 0.97, 0.95 }.Select(r => (m.Item1 + " @" + r, m.Item2, r))))
        {
            int d = 0, dFound = 0, o = 0, oFlag = 0, oLex = 0, oSem = 0;
            var line = new List<string>();
            foreach (var set in sets)
            {
                var test = tuned.Where(t => t.Set == set).Select(t => t.Item).ToArray();
                // The examples file holds the tuned sets too: leave the test set's texts out of training.
                var held = test.Select(t => t.Text.Trim().ToLowerInvariant()).ToHashSet();
                var train = examples.Where(e => !held.Contains(e.Text.Trim().ToLowerInvariant()))
                    .Concat(tuned.Where(t => t.Set != set).Select(t => t.Item)).ToArray();
                var t = ChooseThreshold(train, make, vec, lex, target);
                var scorer = make(train, vec);
                int sd = 0, sdF = 0, so = 0, soF = 0;
                foreach (var item in test)
                {
                    var sem = scorer(item.Text) >= t;
                    var flag = lex[item.Text] || sem;
                    if (item.Disclosure) { sd++; if (flag) sdF++; }
                    else { so++; if (flag) soF++; if (lex[item.Text]) oLex++; if (sem) oSem++; }
                }
                d += sd; dFound += sdF; o += so; oFlag += soF;
                line.Add($"{set[..Math.Min(12, set.Length)]}:{sdF}/{sd},{soF}/{so}");
            }
            Console.WriteLine($"{name,-22} recall {dFound / (double)d:0.00} ordinary flagged {oFlag / (double)o:0.00} (lexicon {oLex / (double)o:0.00}, meaning {oSem / (double)o:0.00})  {string.Join(" ", line)}");
        }
    }

    delegate Func<string, double> Maker(LabelledText[] train, Dictionary<string, float[]> vec);

    static double ChooseThreshold(LabelledText[] train, Maker make, Dictionary<string, float[]> vec, Dictionary<string, bool> lex, double target)
    {
        var inner = Enumerable.Range(0, train.Length).Where(i => i % 5 != 0).Select(i => train[i]).ToArray();
        var valid = Enumerable.Range(0, train.Length).Where(i => i % 5 == 0).Select(i => train[i]).ToArray();
        var scorer = make(inner, vec);
        var scores = valid.Where(v => v.Disclosure).Select(v => lex[v.Text] ? double.PositiveInfinity : scorer(v.Text)).OrderByDescending(s => s).ToList();
        var need = (int)Math.Ceiling(target * scores.Count);
        return Math.Min(scores[Math.Max(0, need - 1)], 0.9);
    }

    static IEnumerable<(string, Maker)> Methods()
    {
        foreach (var es in new[] { 1.0 })
        {
            yield return ($"joint es={es}", (tr, vec) => { var j = Joint(tr, vec, es); return s => j(s); });
            yield return ($"joint es={es}+knn", (tr, vec) => { var j = Joint(tr, vec, es); var vs = tr.Select(e => vec[e.Text]).ToArray(); return s => (j(s) + Knn(tr, vs, vec[s], 5)) / 2; });
        }
        yield return ("embedding only + knn", (tr, vec) => { var j = Joint(tr, vec, 1.0, words: false); var vs = tr.Select(e => vec[e.Text]).ToArray(); return s => (j(s) + Knn(tr, vs, vec[s], 5)) / 2; });
    }

    /// <summary>The shipped classifier (embedding and word features); without words, the embedding alone.</summary>
    static Func<string, double> Joint(LabelledText[] tr, Dictionary<string, float[]> vec, double embeddingScale, bool words = true)
    {
        var vocabulary = WordFeatures.Fit(words ? tr.Select(e => e.Text) : []);
        var options = new LogisticRegression.Options(EmbeddingScale: embeddingScale);
        FeatureVector F(string s) => new(vec[s], vocabulary.Transform(s));
        var m = LogisticRegression.Train(tr.Select(e => F(e.Text)).ToList(), tr.Select(e => e.Disclosure).ToList(), vocabulary.Idf.Length, options);
        return s => m.Probability(F(s), 1.0, embeddingScale);
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
