namespace Voice.Data.Text.Classification;

/// <summary>
/// Word features for the classifier: Porter2 stems of the words and pairs of neighbouring
/// stems, weighted by TF-IDF over the training comments (terms in fewer than two comments are
/// dropped) and scaled to length 1.
/// </summary>
public sealed class WordFeatures
{
    public IReadOnlyDictionary<string, int> Vocabulary { get; }
    public float[] Idf { get; }

    public WordFeatures(IReadOnlyDictionary<string, int> vocabulary, float[] idf)
    {
        Vocabulary = vocabulary;
        Idf = idf;
    }

    public static WordFeatures Fit(IEnumerable<string> texts, int minDocuments = 2)
    {
        var df = new Dictionary<string, int>();
        var n = 0;
        foreach (var text in texts)
        {
            n++;
            foreach (var term in Terms(text).Distinct()) df[term] = df.GetValueOrDefault(term) + 1;
        }
        var kept = df.Where(p => p.Value >= minDocuments).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        var vocabulary = new Dictionary<string, int>();
        var idf = new float[kept.Count];
        for (var i = 0; i < kept.Count; i++)
        {
            vocabulary[kept[i].Key] = i;
            idf[i] = (float)(Math.Log((1.0 + n) / (1.0 + kept[i].Value)) + 1.0);
        }
        return new WordFeatures(vocabulary, idf);
    }

    /// <summary>The comment as (term index, weight) pairs, length 1.</summary>
    public (int Index, float Value)[] Transform(string text)
    {
        var counts = new Dictionary<int, int>();
        foreach (var term in Terms(text))
            if (Vocabulary.TryGetValue(term, out var index)) counts[index] = counts.GetValueOrDefault(index) + 1;
        var features = counts.Select(p => (p.Key, (float)((1 + Math.Log(p.Value)) * Idf[p.Key]))).OrderBy(p => p.Key).ToArray();
        var length = Math.Sqrt(features.Sum(f => (double)f.Item2 * f.Item2));
        return length > 0 ? features.Select(f => (f.Key, (float)(f.Item2 / length))).ToArray() : [];
    }

    /// <summary>The lower-case stems of the words in <paramref name="text"/>.</summary>
    public static List<string> Stems(string text) =>
        Tokeniser.Tokenise(text).Select(t => Porter2Stemmer.Stem(Normalise(t.Text))).ToList();

    static IEnumerable<string> Terms(string text)
    {
        var stems = Stems(text);
        for (var i = 0; i < stems.Count; i++)
        {
            yield return stems[i];
            if (i + 1 < stems.Count) yield return stems[i] + " " + stems[i + 1];
        }
    }

    // Apostrophes go so "don't" and "dont" are one word; a few everyday short forms are spelled out.
    static string Normalise(string word)
    {
        var w = word.ToLowerInvariant().Replace("'", "").Replace("\u2019", "");
        return w switch
        {
            "mam" or "mum" or "mummy" or "mom" => "mum",
            "dad" or "daddy" or "dady" => "dad",
            "cos" or "coz" or "becos" => "because",
            "u" => "you",
            "im" => "i",
            _ => w,
        };
    }
}
