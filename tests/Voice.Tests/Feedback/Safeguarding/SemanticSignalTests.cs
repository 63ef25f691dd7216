using Voice.Data.Feedback.Safeguarding;

namespace Voice.Tests.Feedback.Safeguarding;

/// <summary>
/// Many apps in one process (the test suite starts dozens) must not each train the model: with a
/// share key, the first training on the same examples is reused. A tiny counting encoder keeps
/// this fast; its texts are unique to this class so the real encoder's remembered vectors are untouched.
/// </summary>
public class SemanticSignalTests
{
    static IReadOnlyList<LabelledText> Examples(string tag) =>
    [
        .. Enumerable.Range(0, 20).Select(i => new LabelledText(true, "physical", $"{tag} signal test disclosure {i}")),
        .. Enumerable.Range(0, 20).Select(i => new LabelledText(false, "physical", $"{tag} signal test ordinary {i}")),
    ];

    sealed class CountingEncoder
    {
        public int Texts;
        public float[][] Encode(IReadOnlyList<string> texts)
        {
            Interlocked.Add(ref Texts, texts.Count);
            return [.. texts.Select(t => t.Contains("disclosure") ? new float[] { 1, 0 } : new float[] { 0, 1 })];
        }
    }

    [Fact]
    public void SignalsWithTheSameShareKey_AndExamples_ShareOneTraining_AndEncodeEachExampleOnce()
    {
        var encoder = new CountingEncoder();
        var examples = Examples(Guid.NewGuid().ToString("N"));
        var signals = Enumerable.Range(0, 6).AsParallel().Select(_ => new SemanticSignal(examples, encoder.Encode, shareKey: "counting")).ToList();

        var models = signals.Select(s => s.Current).ToList();

        Assert.All(models, m => Assert.Same(models[0], m));
        Assert.Equal(examples.Count, encoder.Texts);
    }

    [Fact]
    public void WithoutAShareKey_OrWithOtherExamples_EachSignalTrainsItsOwn()
    {
        var encoder = new CountingEncoder();
        var examples = Examples(Guid.NewGuid().ToString("N"));
        var own = new SemanticSignal(examples, encoder.Encode);
        var shared = new SemanticSignal(examples, encoder.Encode, shareKey: "counting");
        var other = new SemanticSignal(Examples(Guid.NewGuid().ToString("N")), encoder.Encode, shareKey: "counting");

        Assert.NotSame(own.Current, shared.Current);
        Assert.NotSame(shared.Current, other.Current);
        // Each example text is encoded once, however many trainings use it.
        Assert.Equal(2 * examples.Count, encoder.Texts);
    }

    [Fact]
    public void WhenTheEncoderFails_TheTextIsFlaggedForAPerson_NotPassed()
    {
        var tag = Guid.NewGuid().ToString("N");
        var broken = false;
        var encoder = new CountingEncoder();
        float[][] Encode(IReadOnlyList<string> texts) => broken ? throw new InvalidOperationException("GetElementType is not implemented") : encoder.Encode(texts);
        var lexicon = SafeguardingLexicon.Load(Path.Combine(TestPaths.Content, "themes", "safeguarding.json"));
        var screen = new SafeguardingScreen(lexicon, new SemanticSignal(Examples(tag), Encode));
        Assert.False(screen.Screen($"{tag} a day at the seaside with my carers").Flag); // it works, and finds nothing

        broken = true;
        var result = screen.Screen($"{tag} a day at the seaside with my carers, something else new");

        Assert.True(result.Flag);
        Assert.Equal("semantic", result.Signal);
        Assert.True(result.Semantic!.Failed);
        Assert.Contains("could not run", result.Why);
    }
}
