using System.Text.RegularExpressions;

namespace ReportMiner.Parsing.Layout;

/// <summary>
/// Finds page headers, footers and page numbers: lines in the top or bottom margin band that are a page
/// number, or whose text (digits ignored) recurs in the same band on several pages.
/// </summary>
public static partial class RunningTextFilter
{
    private const double Band = 0.1;

    public static IReadOnlyList<IReadOnlyList<TextLine>> Remove(IReadOnlyList<(PageWords Page, IReadOnlyList<TextLine> Lines)> pages)
    {
        var counts = new Dictionary<string, int>();
        foreach (var (page, lines) in pages)
            foreach (var key in Candidates(page, lines).Select(c => c.Key).Distinct())
                counts[key] = counts.GetValueOrDefault(key) + 1;
        var minRepeats = Math.Max(2, (int)Math.Ceiling(pages.Count * 0.3));

        return pages.Select(p =>
        {
            var drop = Candidates(p.Page, p.Lines)
                .Where(c => PageNumber().IsMatch(c.Line.Text) || counts[c.Key] >= minRepeats)
                .Select(c => c.Line).ToHashSet();
            return (IReadOnlyList<TextLine>)p.Lines.Where(l => !drop.Contains(l)).ToList();
        }).ToList();
    }

    private static IEnumerable<(TextLine Line, string Key)> Candidates(PageWords page, IReadOnlyList<TextLine> lines)
    {
        if (lines.Count == 0 || page.Height <= 0) yield break;
        // Only the outermost lines can be running text; a line in the band below a body line is not.
        var top = lines.TakeWhile(l => l.YMax < page.Height * Band).Take(2);
        var bottom = lines.Reverse().TakeWhile(l => l.YMin > page.Height * (1 - Band)).Take(2);
        foreach (var l in top.Where(l => !IsTableHeader(l) && !SetOnTheLineBelow(l, lines) && !BetweenRules(l, page.Rules))) yield return (l, "T" + Key(l.Text));
        foreach (var l in bottom.Where(l => !IsTableHeader(l))) yield return (l, "B" + Key(l.Text));
    }

    // Three or more pieces set apart by wide gaps are the header row of a table at the top of the page (repeated
    // on every page of a long table); continued tables drop their repeated header when they are joined.
    private static bool IsTableHeader(TextLine line) =>
        line.Words.Zip(line.Words.Skip(1), (a, b) => b.XMin - a.XMax).Count(g => g >= 1.2 * line.Height) >= 2;

    // A running head is set apart from the page body. A line whose next line starts within half a line below it
    // (or beside it: a group label over a table's columns, with the stub header centred on it and the sub-headers)
    // belongs to the block below, even when that block opens every page the same way.
    private static bool SetOnTheLineBelow(TextLine line, IReadOnlyList<TextLine> lines)
    {
        var below = lines.Where(l => l != line && l.YMin >= line.YMin).MinBy(l => l.YMin);
        return below is not null && below.YMin - line.YMax <= 0.5 * line.Height;
    }

    // The header row of a three-line table (三线表) opening the page sits between its top rule and the rule under
    // the header; a running head may have a rule under it, not one above it as well.
    private static bool BetweenRules(TextLine line, IReadOnlyList<RuleLine> rules)
    {
        bool Spans(RuleLine r) => r.IsHorizontal && Math.Min(r.X1, r.X2) <= line.XMin + line.Height && Math.Max(r.X1, r.X2) >= line.XMax - line.Height;
        return rules.Any(r => Spans(r) && r.Y1 <= line.YMin + 1 && r.Y1 >= line.YMin - line.Height)
               && rules.Any(r => Spans(r) && r.Y1 >= line.YMax - 1 && r.Y1 <= line.YMax + line.Height);
    }

    private static string Key(string text) => Digits().Replace(Regex.Replace(text, @"\s+", ""), "#");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^[\s\-–—·•]*((第\s*)?\d+\s*(页)?(\s*[/／]\s*(共\s*)?\d+\s*页?)?|(共\s*\d+\s*页\s*)?第\s*\d+\s*页|[Pp]age\s+\d+(\s+of\s+\d+)?)[\s\-–—·•]*$")]
    private static partial Regex PageNumber();
}
