using System.Diagnostics;
using Voice.Data.Feedback.Safeguarding;
using Voice.Data.Text.Embeddings;

namespace Voice.Bench.Safeguarding;

/// <summary>
/// Screen latency per saved answer (both signals), throughput with two workers, and memory with
/// the model loaded. Answers are the labelled sets' texts (one sentence or a few) plus longer
/// answers made of 2 to 4 of them.
/// </summary>
static class Latency
{
    public static void Run(string themes, IReadOnlyList<(string Set, LabelledText Item)> sets, int longAnswers)
    {
        var before = GC.GetTotalMemory(true);
        var load = Stopwatch.StartNew();
        var screen = SafeguardingScreen.Load(Path.Combine(themes, "safeguarding.json"),
            LabelledText.LoadCsv(Path.Combine(themes, "safeguarding-examples.csv")), texts => SentenceEncoder.Shared.Encode(texts));
        var model = screen.Semantic!.Current;
        load.Stop();
        var managed = GC.GetTotalMemory(true);
        var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine($"load and train: {load.Elapsed.TotalSeconds:0.0} s ({model.ExampleCount} examples)");
        Console.WriteLine($"memory with the model loaded: managed {(managed - before) / 1048576.0:0} MB more, process working set {process.WorkingSet64 / 1048576.0:0} MB, peak {process.PeakWorkingSet64 / 1048576.0:0} MB");

        var random = new Random(26);
        var texts = sets.Select(s => s.Item.Text).ToList();
        var shapes = texts.Select(t => new[] { t }).ToList();
        for (var i = 0; i < longAnswers; i++)
            shapes.Add([.. Enumerable.Range(0, random.Next(2, 5)).Select(_ => texts[random.Next(texts.Count)])]);
        // The encoder remembers every sentence it has seen (the examples, and each answer once
        // screened), and these texts come from the labelled sets. A real answer is new text, so
        // every sentence of every answer gets a marker no other sentence has, in each pass: every
        // measured screen encodes all of its sentences.
        var marker = 0;
        List<string> Fresh() => [.. shapes.Select(parts => string.Join(". ", parts.Select(p => $"{p.TrimEnd('.', '!', '?', ' ')} (note {++marker})")))];
        foreach (var a in Fresh().Take(20)) screen.Screen(a); // warm up

        var answers = Fresh();
        var times = new List<double>(answers.Count);
        foreach (var a in answers)
        {
            var t = Stopwatch.GetTimestamp();
            screen.Screen(a);
            times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        times.Sort();
        double P(double q) => times[(int)Math.Min(times.Count - 1, Math.Ceiling(q * times.Count) - 1)];
        Console.WriteLine($"latency per answer, one at a time, every sentence new ({answers.Count} answers, {longAnswers} of 2-4 sentences): p50 {P(0.5):0.0} ms, p95 {P(0.95):0.0} ms, p99 {P(0.99):0.0} ms, max {times[^1]:0.0} ms");

        foreach (var workers in new[] { 1, 2 })
        {
            var batch = Fresh();
            var all = Stopwatch.StartNew();
            Parallel.ForEach(batch, new ParallelOptions { MaxDegreeOfParallelism = workers }, a => screen.Screen(a));
            all.Stop();
            Console.WriteLine($"throughput, {workers} worker(s), every sentence new: {batch.Count / all.Elapsed.TotalSeconds:0} answers/s");
        }
        process.Refresh();
        Console.WriteLine($"process working set after the run: {process.WorkingSet64 / 1048576.0:0} MB (peak {process.PeakWorkingSet64 / 1048576.0:0} MB)");
    }
}
