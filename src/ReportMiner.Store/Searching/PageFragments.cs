namespace ReportMiner.Store.Searching;

/// <summary>
/// The part of a page around the query's first occurrence, split into plain text and the occurrences of the terms.
/// Found on the folded text (<see cref="Snippets.Find"/>), which is what the index matched: a phrase of a term's
/// bigrams is that term as a substring. Cheaper than Lucene's highlighter, which re-indexes each page in memory.
/// </summary>
internal static class PageFragments
{
    private const int Width = 100;
    private const int Before = 30;

    public static IReadOnlyList<SnippetPart> Around(FoldedText folded, IReadOnlyList<string> terms)
    {
        var text = folded.Original;
        var found = Snippets.Find(folded, terms);
        var start = found.Count == 0 ? 0 : Math.Max(0, found[0].Start - Before);
        var end = Math.Min(text.Length, start + Width);
        var parts = new List<SnippetPart>();
        var at = start;
        foreach (var (matchStart, length) in found)
        {
            var from = Math.Max(matchStart, at);
            var to = Math.Min(matchStart + length, end);
            if (from >= to) continue;
            Append(parts, text[at..from], false);
            Append(parts, text[from..to], true);
            at = to;
        }
        Append(parts, text[at..end], false);
        return parts;
    }

    /// <summary>Adjacent runs of one kind (overlapping occurrences) merge into one.</summary>
    private static void Append(List<SnippetPart> parts, string text, bool match)
    {
        text = text.ReplaceLineEndings(" ");
        if (text.Length == 0) return;
        if (parts.Count > 0 && parts[^1].Match == match) parts[^1] = parts[^1] with { Text = parts[^1].Text + text };
        else parts.Add(new SnippetPart(text, match));
    }
}
