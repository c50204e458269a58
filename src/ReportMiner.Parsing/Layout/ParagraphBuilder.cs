using System.Text.RegularExpressions;

namespace ReportMiner.Parsing.Layout;

/// <summary>
/// Merges lines into paragraphs: a paragraph ends at a short line, a vertical gap clearly larger than the
/// line spacing, an indented next line, a numbered heading after closing punctuation, or a table in between.
/// </summary>
public static partial class ParagraphBuilder
{
    private const string Closing = "。！？!?；;：:";

    public static IEnumerable<ParagraphBlock> Build(int page, IReadOnlyList<TextLine> lines, IReadOnlyList<double> tableTops,
        double textHeight, double pageWidth)
    {
        if (lines.Count == 0) yield break;
        var sorted = lines.OrderBy(l => l.YMin).ToList();
        var rights = sorted.Select(l => l.XMax).Order().ToArray();
        var rightMargin = rights.Length >= 3 ? rights[(int)(rights.Length * 0.9)] : Math.Max(rights[^1], pageWidth * 0.85);
        var gaps = sorted.Zip(sorted.Skip(1), (a, b) => b.YMin - a.YMax).Where(g => g >= 0).Order().ToArray();
        var typicalGap = gaps.Length == 0 ? 0.3 * textHeight : gaps[gaps.Length / 2];

        var current = new List<TextLine> { sorted[0] };
        for (var i = 1; i < sorted.Count; i++)
        {
            var (prev, next) = (sorted[i - 1], sorted[i]);
            if (Breaks(prev, next, rightMargin, typicalGap, textHeight, tableTops))
            {
                yield return Make(page, current, rightMargin, textHeight);
                current = [];
            }
            current.Add(next);
        }
        yield return Make(page, current, rightMargin, textHeight);
    }

    private static bool Breaks(TextLine prev, TextLine next, double rightMargin, double typicalGap, double h,
        IReadOnlyList<double> tableTops)
    {
        var gap = next.YMin - prev.YMax;
        if (tableTops.Any(t => t > prev.YMax - 1 && t < next.YMin + 1)) return true;
        if (gap > Math.Max(0.5 * h, 1.8 * typicalGap)) return true;
        if (prev.XMax + LeadingUnitWidth(next, h) < rightMargin - 0.5 * h) return true;
        if (next.XMin > prev.XMin + 1.0 * h) return true;
        var text = prev.Text;
        return text.Length > 0 && Closing.Contains(text[^1]) && HeadingMarker().IsMatch(next.Text);
    }

    // A line is short (the paragraph ended) only if the next line's first unbreakable unit would have fitted on it:
    // one character of CJK text, or a whole Latin word or number.
    private static double LeadingUnitWidth(TextLine next, double h)
    {
        var word = next.Words[0];
        var latin = word.Text.TakeWhile(c => !CjkText.IsCjk(c) && !char.IsWhiteSpace(c)).Count();
        if (latin == 0) return h;
        return (word.XMax - word.XMin) * latin / word.Text.Length;
    }

    private static ParagraphBlock Make(int page, List<TextLine> lines, double rightMargin, double h)
    {
        var text = CjkText.JoinAll(lines.Select(l => l.Text));
        var last = lines[^1];
        var open = last.XMax >= rightMargin - 2 * h && text.Length > 0 && !Closing.Contains(text[^1]);
        return new ParagraphBlock(page, lines[0].YMin, last.YMax, lines.Min(l => l.XMin), text, open);
    }

    [GeneratedRegex(@"^\s*([（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.．、](?!\d))")]
    private static partial Regex HeadingMarker();
}
