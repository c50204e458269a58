using System.Text;

namespace ReportMiner.Store.Text;

/// <summary>
/// Our own tokenization for the gram index (FTS5 unicode61 over space-separated tokens). Each run of
/// ideographs becomes its overlapping bigrams in order, so a query of 2+ characters is a phrase of
/// consecutive bigrams (an exact substring match); every single character follows as its own token for
/// 1-character queries. Runs of letters and digits stay whole words ("12345").
/// </summary>
public static class SearchGrams
{
    public static string Tokens(string foldedText)
    {
        var sequence = new List<string>();
        var characters = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in Runs(foldedText))
        {
            sequence.AddRange(Sequence(run));
            if (IsIdeographic(run[0]) && run.Length > 1)
                foreach (var c in run) characters.Add(c.ToString());
        }
        return string.Join(' ', sequence.Concat(characters));
    }

    /// <summary>The phrase a folded query term is found by, or null when it has no searchable characters.</summary>
    public static string? Phrase(string foldedTerm)
    {
        var tokens = Runs(foldedTerm).SelectMany(Sequence).ToArray();
        return tokens.Length == 0 ? null : string.Join(' ', tokens);
    }

    private static IEnumerable<string> Sequence(string run)
    {
        if (!IsIdeographic(run[0]) || run.Length == 1)
        {
            yield return run;
            yield break;
        }
        for (var i = 0; i + 1 < run.Length; i++) yield return run.Substring(i, 2);
    }

    /// <summary>Splits text into runs of ideographs and runs of letters/digits; everything else separates.</summary>
    public static IEnumerable<string> Runs(string foldedText)
    {
        var current = new StringBuilder();
        bool? ideographic = null;
        foreach (var c in foldedText)
        {
            var isIdeo = IsIdeographic(c);
            var isWord = isIdeo || char.IsLetterOrDigit(c);
            if (!isWord || (ideographic is not null && ideographic != isIdeo))
            {
                if (current.Length > 0) yield return current.ToString();
                current.Clear();
                ideographic = null;
                if (!isWord) continue;
            }
            current.Append(c);
            ideographic = isIdeo;
        }
        if (current.Length > 0) yield return current.ToString();
    }

    public static bool IsIdeographic(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
