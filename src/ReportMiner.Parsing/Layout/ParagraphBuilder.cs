using System.Text.RegularExpressions;

namespace ReportMiner.Parsing.Layout;

/// <summary>
/// Merges lines into paragraphs: a paragraph ends at a short line, a vertical gap clearly larger than the
/// line spacing, an indented next line, a numbered heading after closing punctuation, or a table in between.
/// The line spacing is read between a full line and the next (where a paragraph goes on), so spacing added
/// between paragraphs does not pass for it on a page of many one-line paragraphs.
/// </summary>
public static partial class ParagraphBuilder
{
    private const string Closing = "。！？!?；;：:";

    public static IEnumerable<ParagraphBlock> Build(int page, IReadOnlyList<TextLine> lines, IReadOnlyList<double> tableTops,
        double textHeight, double pageWidth)
    {
        if (lines.Count == 0) yield break;
        var sorted = lines.OrderBy(l => l.YMin).ToList();
        var rightMargin = RightMargin(sorted, textHeight, pageWidth);
        var typicalGap = TypicalGap(sorted, rightMargin, textHeight);

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

    // The text's right edge: where most long lines end. On a page of one-line items ("某项目100万元" / "某调查8.9万元")
    // the longest items are no edge: lines end all over, none wrapped, and the page's mirrored left margin stands
    // in. Justified text keeps its own edge (three lines end within a point), even in a narrow column. Chinese wraps
    // at any character, so a wrapped line fills the width to within one: a Chinese line ending well short of the
    // mirrored margin ended its paragraph. Words wrap at spaces and leave ragged ends, so Latin text keeps its edge
    // where at least half the lines end within a few characters of it, or where the longest lines, a paragraph
    // among short lines, reach most of the width.
    private static double RightMargin(IReadOnlyList<TextLine> lines, double h, double pageWidth)
    {
        var rights = lines.Select(l => l.XMax).Order().ToArray();
        if (rights.Length < 3) return Math.Max(rights[^1], pageWidth * 0.85);
        var margin = rights[(int)(rights.Length * 0.9)];
        var left = lines.Min(l => l.XMin);
        var mirrored = pageWidth - left;
        if (mirrored <= margin + h || rights.Count(r => Math.Abs(r - margin) <= 1) >= 3) return margin;
        var edge = lines.First(l => l.XMax >= margin).Text;
        if (edge.Length > 0 && CjkText.IsCjk(edge[^1])) return mirrored;
        if (2 * rights.Count(r => r >= margin - RaggedEnds * h) >= rights.Length) return margin;
        return margin - left < ListWidth * (mirrored - left) ? mirrored : margin;
    }

    // How far short of the edge a ragged line may end, in text heights: a word or a few characters that did not fit.
    private const double RaggedEnds = 3;

    // The share of the text width below which the longest lines of a page are items of a list, not a column's edge.
    private const double ListWidth = 0.75;

    // Gaps under lines that reach the margin are line spacing inside a paragraph; the median of all gaps stands in
    // when fewer than three lines are full.
    private static double TypicalGap(IReadOnlyList<TextLine> lines, double rightMargin, double h)
    {
        var pairs = lines.Zip(lines.Skip(1), (a, b) => (Gap: b.YMin - a.YMax, Full: a.XMax + h >= rightMargin - 0.5 * h))
            .Where(p => p.Gap >= 0).ToList();
        if (pairs.Count == 0) return 0.3 * h;
        var full = pairs.Where(p => p.Full).Select(p => p.Gap).Order().ToArray();
        var gaps = full.Length >= 3 ? full : pairs.Select(p => p.Gap).Order().ToArray();
        return gaps[gaps.Length / 2];
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
    // one character of CJK text with the closing marks that may not start a line ("防”要求" moves 防” together),
    // or a whole Latin word or number.
    private static double LeadingUnitWidth(TextLine next, double h)
    {
        var word = next.Words[0];
        var latin = word.Text.TakeWhile(c => !CjkText.IsCjk(c) && !char.IsWhiteSpace(c)).Count();
        if (latin == 0)
        {
            var closing = word.Text.Skip(1).TakeWhile(c => NoLineStart.Contains(c)).Count();
            return h + closing * (word.XMax - word.XMin) / word.Text.Length;
        }
        return (word.XMax - word.XMin) * latin / word.Text.Length;
    }

    private const string NoLineStart = "，。、；：？！）》」』】〕〉”’…,.;:?!)]}%";

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
