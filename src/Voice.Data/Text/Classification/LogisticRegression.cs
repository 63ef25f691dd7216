namespace Voice.Data.Text.Classification;

/// <summary>One comment as the classifier sees it: the sentence embedding and the word features.</summary>
public sealed record FeatureVector(float[] Embedding, (int Index, float Value)[] Words);

/// <summary>
/// A binary logistic regression over a sentence embedding and sparse word features, trained
/// with Adagrad stochastic gradient descent and L2 regularisation. Training is deterministic:
/// the order of examples comes from a fixed seed.
/// </summary>
public sealed class LogisticRegression
{
    public float[] EmbeddingWeights { get; init; } = [];
    public float[] WordWeights { get; init; } = [];
    public float Bias { get; init; }

    public sealed record Options(int Epochs = 40, double LearningRate = 0.5, double L2 = 1e-4, double WordScale = 1.0, int Seed = 17, double EmbeddingScale = 1.0);

    public double Probability(FeatureVector x, double wordScale, double embeddingScale)
    {
        double z = Bias;
        var e = x.Embedding;
        for (var i = 0; i < e.Length; i++) z += EmbeddingWeights[i] * e[i] * embeddingScale;
        foreach (var (index, value) in x.Words) z += WordWeights[index] * value * wordScale;
        return 1.0 / (1.0 + Math.Exp(-z));
    }

    /// <summary>
    /// Trains on <paramref name="xs"/> with 0/1 targets. Positives are weighted by the square root
    /// of the negative-to-positive ratio, softened so rare themes are found without drowning
    /// precision.
    /// </summary>
    public static LogisticRegression Train(IReadOnlyList<FeatureVector> xs, IReadOnlyList<bool> ys, int wordCount, Options options)
    {
        var dims = xs.Count > 0 ? xs[0].Embedding.Length : 0;
        var we = new double[dims];
        var ww = new double[wordCount];
        var ge = new double[dims];
        var gw = new double[wordCount];
        double bias = 0, gb = 0;
        var positives = ys.Count(y => y);
        var negatives = ys.Count - positives;
        var positiveWeight = positives == 0 ? 1.0 : Math.Sqrt(Math.Max(1.0, (double)negatives / positives));
        var order = Enumerable.Range(0, xs.Count).ToArray();
        var random = new Random(options.Seed);
        const double eps = 1e-8;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var n in order)
            {
                var x = xs[n];
                double z = bias;
                for (var i = 0; i < dims; i++) z += we[i] * x.Embedding[i] * options.EmbeddingScale;
                foreach (var (index, value) in x.Words) z += ww[index] * value * options.WordScale;
                var p = 1.0 / (1.0 + Math.Exp(-z));
                var weight = ys[n] ? positiveWeight : 1.0;
                var g = (p - (ys[n] ? 1.0 : 0.0)) * weight;
                for (var i = 0; i < dims; i++)
                {
                    var gi = g * x.Embedding[i] * options.EmbeddingScale + options.L2 * we[i];
                    ge[i] += gi * gi;
                    we[i] -= options.LearningRate * gi / (Math.Sqrt(ge[i]) + eps);
                }
                foreach (var (index, value) in x.Words)
                {
                    var gi = g * value * options.WordScale + options.L2 * ww[index];
                    gw[index] += gi * gi;
                    ww[index] -= options.LearningRate * gi / (Math.Sqrt(gw[index]) + eps);
                }
                gb += g * g;
                bias -= options.LearningRate * g / (Math.Sqrt(gb) + eps);
            }
        }
        return new LogisticRegression
        {
            EmbeddingWeights = we.Select(v => (float)v).ToArray(),
            WordWeights = ww.Select(v => (float)v).ToArray(),
            Bias = (float)bias,
        };
    }
}
