using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Voice.Data.Feedback.Safeguarding;

/// <summary>
/// The current semantic model, shared by the whole process. It starts training (on the content
/// examples) the moment it is made, in the background; the first screen waits for it. Staff
/// examples added in the app are folded in by <see cref="Retrain"/> (the retrain job), which
/// swaps in the new model only once it is trained, so screening never stops.
/// Apps in one process that train on the same examples with the same named encoder and lexicon
/// share one training (the test suite starts dozens of apps; training once per app made the
/// first screen in each wait minutes on a busy machine).
/// </summary>
public sealed class SemanticSignal
{
    readonly IReadOnlyList<LabelledText> contentExamples;
    readonly Func<IReadOnlyList<string>, float[][]> encode;
    readonly Func<string, LexiconEvidence>? lexicon;
    volatile Task<SemanticScreen> current;

    static readonly ConcurrentDictionary<string, Lazy<Task<SemanticScreen>>> SharedTraining = new(StringComparer.Ordinal);

    /// <param name="lexicon">The lexicon's evidence in a text, so the thresholds are chosen for both signals together.</param>
    /// <param name="shareKey">
    /// Names the encoder and lexicon (for example the encoder's name and the lexicon file's hash).
    /// When given, the first training on these examples in this process is shared with every
    /// other signal made with the same key; null trains a model of its own.
    /// </param>
    public SemanticSignal(IReadOnlyList<LabelledText> contentExamples, Func<IReadOnlyList<string>, float[][]> encode, Func<string, LexiconEvidence>? lexicon = null, string? shareKey = null)
    {
        this.contentExamples = contentExamples;
        this.encode = encode;
        this.lexicon = lexicon;
        current = shareKey is null
            ? Task.Run(() => SemanticScreen.Train(contentExamples, encode, lexicon))
            : SharedTraining.GetOrAdd(shareKey + "|" + Fingerprint(contentExamples), _ => new Lazy<Task<SemanticScreen>>(
                () => Task.Run(() => SemanticScreen.Train(contentExamples, encode, lexicon)))).Value;
    }

    /// <summary>A hash of the examples' texts, labels and harms, in order.</summary>
    static string Fingerprint(IReadOnlyList<LabelledText> examples)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var e in examples) hash.AppendData(Encoding.UTF8.GetBytes($"{e.Disclosure}\t{e.Harm}\t{e.Text}\n"));
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>The model in use (waits for the first training to finish).</summary>
    public SemanticScreen Current => current.GetAwaiter().GetResult();

    /// <summary>
    /// The model in use, without waiting: complete once <see cref="Current"/> answers at once;
    /// faulted if the model could not be loaded or trained (then every text is flagged for a person).
    /// </summary>
    public Task<SemanticScreen> Training => current;

    /// <summary>Identifies the staff examples the current model was trained on (count and highest id).</summary>
    public string StaffExamplesKey { get; private set; } = "0:0";

    public int ContentExampleCount => contentExamples.Count;

    /// <summary>Trains on the content examples plus <paramref name="staffExamples"/> and swaps the new model in.</summary>
    public SemanticScreen Retrain(IReadOnlyList<LabelledText> staffExamples, string key)
    {
        var model = SemanticScreen.Train(contentExamples.Concat(staffExamples), encode, lexicon);
        current = Task.FromResult(model);
        StaffExamplesKey = key;
        return model;
    }
}
