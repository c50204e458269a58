using ReportMiner.Store.Searching;

namespace ReportMiner.Web.Rendering;

/// <summary>
/// Marks the query terms in document text. The matches are found in the raw text (folded the way the index
/// folds it, so 滿意度 marks 满意度), then every piece is encoded on its own and only matches are wrapped in
/// &lt;mark&gt;: no document character is ever emitted unencoded.
/// </summary>
public static class Highlight
{
    public static Markup Mark(string? text, IReadOnlyList<string> foldedTerms)
    {
        if (string.IsNullOrEmpty(text)) return Markup.Empty;
        var ranges = Merge(Snippets.Find(text, foldedTerms));
        var parts = new List<Markup>();
        var at = 0;
        foreach (var (start, length) in ranges)
        {
            if (start > at) parts.Add(Html.Text(text[at..start]));
            parts.Add(Html.Of($"<mark>{text.Substring(start, length)}</mark>"));
            at = start + length;
        }
        if (at < text.Length) parts.Add(Html.Text(text[at..]));
        return Html.Join(parts);
    }

    private static List<(int Start, int Length)> Merge(IReadOnlyList<(int Start, int Length)> ranges)
    {
        var merged = new List<(int Start, int Length)>();
        foreach (var (start, length) in ranges.OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && start <= merged[^1].Start + merged[^1].Length)
            {
                var last = merged[^1];
                merged[^1] = (last.Start, Math.Max(last.Start + last.Length, start + length) - last.Start);
            }
            else merged.Add((start, length));
        }
        return merged;
    }
}
