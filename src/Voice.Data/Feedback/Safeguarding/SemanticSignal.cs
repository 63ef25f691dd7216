namespace Voice.Data.Feedback.Safeguarding;

/// <summary>
/// The current semantic model, shared by the whole process. It starts training (on the content
/// examples) the moment it is made, in the background; the first screen waits for it. Staff
/// examples added in the app are folded in by <see cref="Retrain"/> (the retrain job), which
/// swaps in the new model only once it is trained, so screening never stops.
/// </summary>
public sealed class SemanticSignal
{
    readonly IReadOnlyList<LabelledText> contentExamples;
    readonly Func<IReadOnlyList<string>, float[][]> encode;
    readonly Func<string, bool>? lexiconFlags;
    volatile Task<SemanticScreen> current;

    /// <param name="lexiconFlags">The lexicon, so the threshold is chosen for both signals together.</param>
    public SemanticSignal(IReadOnlyList<LabelledText> contentExamples, Func<IReadOnlyList<string>, float[][]> encode, Func<string, bool>? lexiconFlags = null)
    {
        this.contentExamples = contentExamples;
        this.encode = encode;
        this.lexiconFlags = lexiconFlags;
        current = Task.Run(() => SemanticScreen.Train(contentExamples, encode, lexiconFlags));
    }

    /// <summary>The model in use (waits for the first training to finish).</summary>
    public SemanticScreen Current => current.GetAwaiter().GetResult();

    /// <summary>Identifies the staff examples the current model was trained on (count and highest id).</summary>
    public string StaffExamplesKey { get; private set; } = "0:0";

    public int ContentExampleCount => contentExamples.Count;

    /// <summary>Trains on the content examples plus <paramref name="staffExamples"/> and swaps the new model in.</summary>
    public SemanticScreen Retrain(IReadOnlyList<LabelledText> staffExamples, string key)
    {
        var model = SemanticScreen.Train(contentExamples.Concat(staffExamples), encode, lexiconFlags);
        current = Task.FromResult(model);
        StaffExamplesKey = key;
        return model;
    }
}
