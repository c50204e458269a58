using System.Text.RegularExpressions;

namespace ReportMiner.Parsing.Text;

/// <summary>
/// Splits lines into prose and tables. A table is a run of at least two tab lines; plain tables allow single
/// blank lines between rows, a page marker left where a page break cut the table ("2、", "- 3 -", "第2页") and a
/// template's slot row nobody filled in, written without its empty cells ("指标2：", "……"), and one short line between
/// two rows (a wrapped cell's tail, <see cref="WrappedTailLines"/>) or a few (the level labels of groups left empty); form exports (one cell per line) also allow
/// wrapped cell text between tab lines.
/// </summary>
internal static partial class TextSegmenter
{
    private const int MaxBlankGapInPlainTable = 2;
    private const int MaxGapLinesInPlainTable = 6;
    private const int MaxGapLinesInForm = 24;
    private const int MaxGapCharsInForm = 3000;

    /// <summary>
    /// Most short lines between two rows of a plain table: a wrapped cell's tail is one line, but a form's groups left
    /// empty ("生态效益指标", "可持续影响指标" with nothing beside them) lose their tabs and stand one under the other.
    /// Several lines are bridged only when each is such a level label: other short lines in a row are the table's
    /// wrapped cells or the prose after it.
    /// </summary>
    private const int MostTailLines = 4;

    public static IEnumerable<TextSegment> Split(IReadOnlyList<TextLine> lines)
    {
        var i = 0;
        while (i < lines.Count)
        {
            if (!lines[i].HasTab)
            {
                if (!lines[i].IsBlank) yield return new ProseSegment(lines[i]);
                i++;
                continue;
            }
            var end = RegionEnd(lines, i);
            // The last cell of a form may wrap onto untabbed lines; they run until the next blank line.
            if (lines[end].IsSingleCellLine)
                while (end + 1 < lines.Count && !lines[end + 1].HasTab && !lines[end + 1].IsBlank) end++;
            var region = lines.Skip(i).Take(end - i + 1).ToList();
            var tabLines = region.Where(l => l.HasTab).ToList();
            if (tabLines.Count >= 2)
            {
                var formLike = tabLines.Count(l => l.IsSingleCellLine || l.IsOnlyTabs);
                foreach (var part in WrappedTailLines.Split(region, isForm: formLike * 5 >= tabLines.Count * 3)) yield return part;
            }
            else
            {
                foreach (var line in region.Where(l => !l.IsBlank))
                    yield return new ProseSegment(line with { Text = line.Text.Replace('\t', ' ') });
            }
            i = end + 1;
        }
    }

    /// <summary>Index of the last tab line that still belongs to the table starting at <paramref name="start"/>.</summary>
    private static int RegionEnd(IReadOnlyList<TextLine> lines, int start)
    {
        var last = start;
        var wide = WrappedTailLines.IsWide(lines[start]);
        var spaced = SpacedTableRows.IsHeader(lines[start]);
        var k = start + 1;
        while (k < lines.Count)
        {
            if (lines[k].HasTab)
            {
                wide |= WrappedTailLines.IsWide(lines[k]);
                last = k++;
                spaced = false;
                continue;
            }
            var next = NextTabLine(lines, k, lines[last], wide);
            var acrossBlanks = next < 0 && spaced;
            if (acrossBlanks) next = SpacedTableRows.NextRow(lines, k, lines[start]);
            if (next < 0) break;
            // A table whose rows are spaced by blank lines stays so; rows packed together end the spacing.
            spaced = acrossBlanks || spaced && lines[k].IsBlank;
            wide |= WrappedTailLines.IsWide(lines[next]);
            last = next;
            k = next + 1;
        }
        return last;
    }

    private static int NextTabLine(IReadOnlyList<TextLine> lines, int from, TextLine lastTabLine, bool wideTable)
    {
        var form = lastTabLine.IsSingleCellLine || lastTabLine.IsOnlyTabs;
        int gapLines = 0, gapChars = 0, blankRun = 0;
        var tails = new List<TextLine>();
        for (var k = from; k < lines.Count; k++)
        {
            if (lines[k].HasTab)
                return (tails.Count < 2 || tails.TrueForAll(WrappedTailLines.IsLevelLabel))
                       && tails.TrueForAll(tail => WrappedTailLines.Bridges(lastTabLine, tail, lines, k, wideTable)) ? k : -1;
            if (!form && !lines[k].IsBlank && !IsGapLine(lines[k]))
            {
                if (!WrappedTailLines.IsCandidate(lines[k]) || tails.Count == MostTailLines) return -1;
                tails.Add(lines[k]);
            }
            gapLines++;
            gapChars += lines[k].Text.Length;
            // Exports that put a blank line after every line double each gap: a slot line then counts once, its blank not.
            blankRun = lines[k].IsBlank ? blankRun + 1 : 0;
            if (form ? gapLines > MaxGapLinesInForm : blankRun > MaxBlankGapInPlainTable || gapLines > MaxGapLinesInPlainTable) return -1;
            if (gapChars > MaxGapCharsInForm) return -1;
        }
        return -1;
    }

    /// <summary>A page marker or an unfilled slot: a line a plain table goes on over and drops.</summary>
    public static bool IsGapLine(TextLine line) => PageMarker().IsMatch(line.Text) || UnfilledSlot().IsMatch(line.Text);

    [GeneratedRegex(@"^\s*(?:\d{1,3}\s*[、.．]?|[-—－]\s*\d{1,3}\s*[-—－]|第\s*\d{1,3}\s*页.{0,8}|\d{1,3}\s*/\s*\d{1,3})\s*$")]
    private static partial Regex PageMarker();

    // The national forms print numbered slots for the filler ("指标1：", "指标2：") and a "……" row; left empty, a text
    // export writes the slot alone on its line (in traditional script too: "指標2：").
    [GeneratedRegex(@"^\s*(?:(?:三[级級])?指[标標]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[:：、.．]?|[…．.。·]{2,})\s*$")]
    private static partial Regex UnfilledSlot();
}
