namespace Voice.Data.Feedback.Safeguarding;

/// <summary>The words a pattern matched, by index into the screened words.</summary>
internal sealed class PatternMatch(IReadOnlyCollection<int> indices)
{
    readonly HashSet<int> set = [.. indices];

    public int First { get; } = indices.Min();
    public int Last { get; } = indices.Max();

    public bool Contains(int index) => set.Contains(index);

    public bool Overlaps(PatternMatch other) => First <= other.Last && other.First <= Last;
}

internal static class PatternMatcher
{
    public static IEnumerable<PatternMatch> FindAll(CompiledPattern pattern, List<ScreenToken> tokens) =>
        pattern.IsNear ? FindNear(pattern, tokens) : FindOrdered(pattern, tokens);

    static IEnumerable<PatternMatch> FindOrdered(CompiledPattern pattern, List<ScreenToken> tokens)
    {
        var next = 0;
        for (var start = 0; start < tokens.Count; start++)
        {
            if (start < next) continue;
            if (pattern.AtSentenceStart && start > 0 && tokens[start - 1].Sentence == tokens[start].Sentence) continue;
            var matched = new List<int>();
            if (!MatchFrom(pattern.Elements, 0, start, tokens[start].Sentence, tokens, matched)) continue;
            var found = new PatternMatch(matched);
            next = found.Last + 1;
            yield return found;
        }
    }

    static bool MatchFrom(IReadOnlyList<PatternElement> elements, int e, int pos, int sentence, List<ScreenToken> tokens, List<int> matched)
    {
        if (e == elements.Count) return true;
        var element = elements[e];
        if (element.IsGap)
        {
            for (var skip = 0; skip <= element.Gap; skip++)
            {
                if (skip > 0 && (pos + skip - 1 >= tokens.Count || tokens[pos + skip - 1].Sentence != sentence)) break;
                if (MatchFrom(elements, e + 1, pos + skip, sentence, tokens, matched)) return true;
            }
            return false;
        }
        if (pos >= tokens.Count) return false;
        foreach (var sequence in element.CandidatesFor(tokens[pos]))
        {
            if (!SequenceAt(sequence, pos, sentence, tokens)) continue;
            for (var k = 0; k < sequence.Length; k++) matched.Add(pos + k);
            if (MatchFrom(elements, e + 1, pos + sequence.Length, sentence, tokens, matched)) return true;
            matched.RemoveRange(matched.Count - sequence.Length, sequence.Length);
        }
        return false;
    }

    static bool SequenceAt(Atom[] sequence, int pos, int sentence, List<ScreenToken> tokens)
    {
        if (pos + sequence.Length > tokens.Count) return false;
        for (var k = 0; k < sequence.Length; k++)
        {
            var token = tokens[pos + k];
            if (token.Sentence != sentence || !token.Matches(sequence[k])) return false;
        }
        return true;
    }

    /// <summary>Every part found, each on its own words, all inside a run of <c>Within</c> words of one sentence.</summary>
    static IEnumerable<PatternMatch> FindNear(CompiledPattern pattern, List<ScreenToken> tokens)
    {
        var occurrences = pattern.Elements
            .Select(element => Occurrences(element, tokens))
            .ToList();
        if (occurrences.Any(o => o.Count == 0)) yield break;

        var reported = new List<PatternMatch>();
        foreach (var anchor in occurrences[0])
        {
            var chosen = new List<(int Start, int Length)> { anchor };
            if (!Choose(1, occurrences, chosen, tokens, pattern.Within)) continue;
            var found = new PatternMatch(chosen.SelectMany(c => Enumerable.Range(c.Start, c.Length)).ToList());
            if (reported.Any(r => r.Overlaps(found))) continue;
            reported.Add(found);
            yield return found;
        }
    }

    static bool Choose(int e, List<List<(int Start, int Length)>> occurrences, List<(int Start, int Length)> chosen, List<ScreenToken> tokens, int within)
    {
        if (e == occurrences.Count) return true;
        var sentence = tokens[chosen[0].Start].Sentence;
        foreach (var candidate in occurrences[e])
        {
            if (tokens[candidate.Start].Sentence != sentence) continue;
            if (chosen.Any(c => candidate.Start < c.Start + c.Length && c.Start < candidate.Start + candidate.Length)) continue;
            var first = Math.Min(chosen.Min(c => c.Start), candidate.Start);
            var last = Math.Max(chosen.Max(c => c.Start + c.Length), candidate.Start + candidate.Length);
            if (last - first > within) continue;
            chosen.Add(candidate);
            if (Choose(e + 1, occurrences, chosen, tokens, within)) return true;
            chosen.RemoveAt(chosen.Count - 1);
        }
        return false;
    }

    static List<(int Start, int Length)> Occurrences(PatternElement element, List<ScreenToken> tokens)
    {
        var list = new List<(int, int)>();
        for (var pos = 0; pos < tokens.Count; pos++)
        {
            foreach (var sequence in element.CandidatesFor(tokens[pos]))
            {
                if (SequenceAt(sequence, pos, tokens[pos].Sentence, tokens))
                {
                    list.Add((pos, sequence.Length));
                    break;
                }
            }
        }
        return list;
    }
}
