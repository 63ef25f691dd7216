namespace Voice.Data.Feedback.Safeguarding;

/// <summary>
/// A small L2-regularised logistic regression trained by full-batch gradient descent, with the
/// classes weighted so that a rarer class counts as much as a common one. Plenty for a few
/// thousand 384-number sentence vectors; deterministic (no random start).
/// </summary>
public sealed class LogisticRegression
{
    readonly double[] weights;
    readonly double bias;

    LogisticRegression(double[] weights, double bias)
    {
        this.weights = weights;
        this.bias = bias;
    }

    public static LogisticRegression Train(IReadOnlyList<float[]> x, IReadOnlyList<bool> y, int epochs = 400, double rate = 0.5, double l2 = 1e-3)
    {
        if (x.Count == 0) return new LogisticRegression([], 0);
        var dims = x[0].Length;
        var w = new double[dims];
        double b = 0;
        var positives = y.Count(v => v);
        var negatives = y.Count - positives;
        var wPos = positives == 0 ? 0 : y.Count / (2.0 * positives);
        var wNeg = negatives == 0 ? 0 : y.Count / (2.0 * negatives);
        var grad = new double[dims];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            Array.Clear(grad);
            double gradB = 0;
            for (var i = 0; i < x.Count; i++)
            {
                var p = Sigmoid(Dot(w, x[i]) + b);
                var error = (p - (y[i] ? 1 : 0)) * (y[i] ? wPos : wNeg);
                var xi = x[i];
                for (var d = 0; d < dims; d++) grad[d] += error * xi[d];
                gradB += error;
            }
            for (var d = 0; d < dims; d++) w[d] -= rate * (grad[d] / x.Count + l2 * w[d]);
            b -= rate * gradB / x.Count;
        }
        return new LogisticRegression(w, b);
    }

    /// <summary>The probability that <paramref name="x"/> is in the positive class.</summary>
    public double Predict(float[] x) => weights.Length == 0 ? 0 : Sigmoid(Dot(weights, x) + bias);

    static double Dot(double[] w, float[] x)
    {
        double sum = 0;
        for (var d = 0; d < w.Length; d++) sum += w[d] * x[d];
        return sum;
    }

    static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
