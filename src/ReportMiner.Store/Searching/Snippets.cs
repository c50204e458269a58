using ReportMiner.Store.Text;

namespace ReportMiner.Store.Searching;

/// <summary>Finds a folded term inside original text (traditional, full-width, spaced) and maps it back.</summary>
public static class Snippets
{
    // Each character's fold, made once per process: folding a hit page character by character (normalization through ICU
    // for each) was a tenth of a search's time. Folding one character depends on nothing else.
    private static readonly string?[] FoldedChars = new string?[char.MaxValue + 1];

    /// <summary>Ranges (start, length) in <paramref name="text"/> whose folded form equals a term.</summary>
    public static IReadOnlyList<(int Start, int Length)> Find(string text, IEnumerable<string> foldedTerms) =>
        Find(Fold(text), foldedTerms);

    /// <summary>Ranges (start, length) in the original of <paramref name="text"/> whose folded form equals a term.</summary>
    public static IReadOnlyList<(int Start, int Length)> Find(FoldedText text, IEnumerable<string> foldedTerms)
    {
        var ranges = new List<(int, int)>();
        foreach (var term in foldedTerms.Where(t => t.Length > 0))
            for (var at = text.Flat.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.Flat.IndexOf(term, at + term.Length, StringComparison.Ordinal))
                ranges.Add((text.Start[at], text.End[at + term.Length - 1] - text.Start[at]));
        return ranges.OrderBy(r => r.Item1).ToArray();
    }

    /// <summary>The text folded once, with where each folded character came from, for several look-ups on one page.</summary>
    public static FoldedText Fold(string text)
    {
        var folded = new System.Text.StringBuilder(text.Length);
        // Where in the original each folded character starts and ends: a character outside the BMP (𠮷 in a name) is
        // two UTF-16 units and folds as one, so a range never ends inside a surrogate pair.
        var start = new List<int>(text.Length);
        var end = new List<int>(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var width = char.IsSurrogatePair(text, i) ? 2 : 1;
            foreach (var c in width == 1 ? FoldedChar(text[i]) : ScriptFolding.Fold(text.Substring(i, 2)))
            {
                folded.Append(c);
                start.Add(i);
                end.Add(i + width);
            }
            i += width;
        }
        return new FoldedText(text, folded.ToString(), start, end);
    }

    public static string Around(FoldedText folded, string foldedTerm, int width = 40)
    {
        var text = folded.Original;
        var found = Find(folded, [foldedTerm]);
        var start = found.Count == 0 ? 0 : Math.Max(0, found[0].Start - width);
        var end = Math.Min(text.Length, (found.Count == 0 ? 0 : found[0].Start + found[0].Length) + width);
        return text[start..end].ReplaceLineEndings(" ").Replace('\t', ' ').Trim();
    }

    private static string FoldedChar(char c) => FoldedChars[c] ??= ScriptFolding.Fold(c.ToString());
}

/// <summary>A text in the index's folded form (<see cref="Flat"/>) and, per folded character, its range in <see cref="Original"/>.</summary>
public sealed record FoldedText(string Original, string Flat, IReadOnlyList<int> Start, IReadOnlyList<int> End);
