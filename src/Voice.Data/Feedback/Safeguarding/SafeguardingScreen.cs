namespace Voice.Data.Feedback.Safeguarding;

/// <summary>
/// Screens a young person's free-text answer for possible harm or danger, for the triage queue.
/// Built for recall: a person reads every flag, so the screen flags whenever a rule fires. A
/// nearby negation ("he doesn't hit me"), or a rule's <c>lowerIf</c> context in the same sentence
/// ("I got hit playing dodgeball"), lowers the tier by one each, never below tier 3, and never
/// removes the flag. Only a rule's <c>unless</c> idioms ("hit me up", "kill for pizza") cancel a match.
/// Beside the lexicon runs a second, semantic signal (<see cref="SemanticSignal"/>): the text is
/// flagged when the meaning fires or a tier 1 phrase matches; a phrase of a less urgent rule
/// flags only when the meaning agrees at a lower, confirming threshold
/// (<see cref="ScreenResult.LexiconFires"/>). The result says which and why.
/// Immutable and thread-safe; build one per lexicon version and share it.
/// </summary>
public sealed class SafeguardingScreen
{
    readonly ScreenNormaliser normaliser;

    public SafeguardingScreen(SafeguardingLexicon lexicon, SemanticSignal? semantic = null)
    {
        Lexicon = lexicon;
        Semantic = semantic;
        normaliser = new ScreenNormaliser(lexicon);
    }

    public SafeguardingLexicon Lexicon { get; }

    /// <summary>The semantic signal, or null for a lexicon-only screen.</summary>
    public SemanticSignal? Semantic { get; }

    public static SafeguardingScreen Load(string lexiconPath, SemanticSignal? semantic = null) => new(SafeguardingLexicon.Load(lexiconPath), semantic);

    /// <summary>
    /// The lexicon from <paramref name="lexiconPath"/> and a semantic signal trained on
    /// <paramref name="examples"/>, its threshold chosen for both signals together.
    /// With <paramref name="encoderName"/> (the encoder is the named, process-wide one), the
    /// training is shared with every other screen in this process loaded from the same lexicon
    /// file and examples.
    /// </summary>
    public static SafeguardingScreen Load(string lexiconPath, IReadOnlyList<LabelledText> examples, Func<IReadOnlyList<string>, float[][]> encode, string? encoderName = null)
    {
        var lexical = new SafeguardingScreen(SafeguardingLexicon.Load(lexiconPath));
        var shareKey = encoderName is null ? null : encoderName + "|" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(lexiconPath)));
        return new SafeguardingScreen(lexical.Lexicon, new SemanticSignal(examples, encode, text => lexical.ScreenLexicon(text).Evidence, shareKey));
    }

    /// <summary>
    /// For a <c>screen-text</c> command: screens each line of <paramref name="input"/> and writes
    /// one line of JSON per input line (<see cref="ScreenResult.ToJson"/>). Returns how many lines were flagged.
    /// </summary>
    public int ScreenLines(TextReader input, TextWriter output)
    {
        var flagged = 0;
        while (input.ReadLine() is { } line)
        {
            var result = Screen(line);
            if (result.Flag) flagged++;
            output.WriteLine(result.ToJson());
        }
        return flagged;
    }

    /// <summary>
    /// Screens with both signals: flagged when the lexicon or the semantic model fires. When the
    /// model cannot run (it failed to load, or the encoder threw), the text is flagged for a person
    /// (<see cref="SemanticResult.CouldNotRun"/>) rather than passed: the text is already saved, and
    /// a disclosure must not go unread because the screen broke.
    /// </summary>
    public ScreenResult Screen(string? text)
    {
        var lexical = ScreenLexicon(text);
        if (Semantic is null || string.IsNullOrWhiteSpace(text)) return lexical;
        SemanticResult meaning;
        try { meaning = Semantic.Current.Screen(text); }
        catch (Exception e) when (e is not OperationCanceledException) { meaning = SemanticResult.CouldNotRun(text); }
        return lexical.WithSemantic(meaning);
    }

    /// <summary>The lexicon signal alone.</summary>
    public ScreenResult ScreenLexicon(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return ScreenResult.None(Lexicon.Version);
        var tokens = normaliser.Normalise(text);
        if (tokens.Count == 0) return ScreenResult.None(Lexicon.Version);

        var matches = new List<ScreenMatch>();
        var seen = new HashSet<(string, int, int)>();
        foreach (var rule in Lexicon.Rules)
        {
            List<PatternMatch>? excluded = null, lowering = null;
            foreach (var pattern in rule.CompiledPatterns)
            {
                foreach (var found in PatternMatcher.FindAll(pattern, tokens))
                {
                    excluded ??= [.. rule.CompiledUnless.SelectMany(p => PatternMatcher.FindAll(p, tokens))];
                    if (excluded.Any(e => e.Overlaps(found))) continue;
                    lowering ??= [.. rule.CompiledLowerIf.SelectMany(p => PatternMatcher.FindAll(p, tokens))];
                    var start = tokens[found.First].Start;
                    var end = tokens[found.Last].End;
                    if (!seen.Add((rule.Id, start, end))) continue;
                    var negated = IsNegated(found, tokens);
                    var sentence = tokens[found.First].Sentence;
                    var lowered = lowering.Any(l => tokens[l.First].Sentence == sentence);
                    var tier = Math.Min(rule.Tier + (negated ? 1 : 0) + (lowered ? 1 : 0), SafeguardingLexicon.MaxTier);
                    matches.Add(new ScreenMatch(
                        rule.Id,
                        rule.Category,
                        tier,
                        rule.Tier,
                        negated,
                        lowered,
                        start,
                        end - start,
                        text[start..end]));
                }
            }
        }
        if (matches.Count == 0) return ScreenResult.None(Lexicon.Version);

        var ordered = matches.OrderBy(m => m.Tier).ThenBy(m => m.Start).ThenBy(m => m.Length).ThenBy(m => m.RuleId, StringComparer.Ordinal).ToList();
        return new ScreenResult(true, ordered[0].Tier, ordered, Lexicon.Version);
    }

    /// <summary>
    /// A negation word up to <see cref="SafeguardingLexicon.NegationWindow"/> words before the
    /// match (stopping at words like "but"), or in a gap inside it, in the same sentence.
    /// </summary>
    bool IsNegated(PatternMatch found, List<ScreenToken> tokens)
    {
        var sentence = tokens[found.First].Sentence;
        for (var i = found.First + 1; i < found.Last; i++)
        {
            if (!found.Contains(i) && tokens[i].Forms.Overlaps(Lexicon.NegationWords)) return true;
        }
        for (int i = found.First - 1, seen = 0; i >= 0 && seen < Lexicon.NegationWindow; i--)
        {
            if (tokens[i].Sentence != sentence) break;
            seen++;
            if (tokens[i].Forms.Overlaps(Lexicon.NegationStops)) break;
            if (tokens[i].Forms.Overlaps(Lexicon.NegationWords)) return true;
        }
        return false;
    }
}
