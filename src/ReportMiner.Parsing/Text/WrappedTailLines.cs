using System.Text.RegularExpressions;
using ReportMiner.Documents.Building;

namespace ReportMiner.Parsing.Text;

/// <summary>
/// A short untabbed line between two rows of a tab table: often the tail of a cell that wrapped onto a line of its
/// own (PDF text and copied pages do this), sometimes a level label or a page's heading. Between two rows of values it
/// does not end the table: the table is written as its parts with the line between them as a paragraph, so that a
/// part of one row stays a table, and the extraction decides from the table's columns what the line was.
/// </summary>
internal static partial class WrappedTailLines
{
    /// <summary>Longer lines are prose: a wrapped cell's tail is a few words.</summary>
    public const int LongestTail = 20;

    /// <summary>
    /// A level label alone on its line: a name ending in 指标 (a group of an indicator table), perhaps with its points
    /// ("产出指标（50分）").
    /// </summary>
    public static bool IsLevelLabel(TextLine line) => LevelLabel().IsMatch(TextNormalizer.TrimAll(line.Text));

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}\s]{2,14}指\s*[标標]\s*(?:[(（][^()（）]{0,10}[)）])?$")]
    private static partial Regex LevelLabel();

    /// <summary>Fewest filled cells of the rows around the line: a lone "单位名称：…\t填报日期：…" line is no table row.</summary>
    private const int FewestCellsAround = 3;

    public static bool IsCandidate(TextLine line) =>
        !line.HasTab && !line.IsBlank && TextNormalizer.TrimAll(line.Text).Length <= LongestTail;

    /// <summary>
    /// Fewest filled cells of the rows around the line once the table has shown a row of
    /// <see cref="FewestCellsAround"/>: a target form prints its level cells once, merged down, so the rows under the
    /// first of a group hold only a name and a value ("竣工验收合格率\t100%").
    /// </summary>
    private const int FewestCellsInTable = 2;

    /// <summary>
    /// True when the candidate line <paramref name="tail"/> between these two tab lines leaves them one table: both are
    /// rows of values; or, in a table that has shown a wide row, rows of at least two cells, one of them ending in a
    /// figure, where the line is no wider than a label cell above it (the rest of a wrapped cell is), is no heading or
    /// title, and the row below is no line of form labels ("单位名称：…\t填报日期：…").
    /// </summary>
    public static bool Bridges(TextLine above, TextLine tail, TextLine below, bool wideTable) =>
        FilledCells(above) >= FewestCellsAround && FilledCells(below) >= FewestCellsAround
        || wideTable && FilledCells(above) >= FewestCellsInTable && FilledCells(below) >= FewestCellsInTable
                     && (EndsInFigure(above) || EndsInFigure(below)) && FitsUnder(tail, above)
                     && !TitleOrHeading().IsMatch(TextNormalizer.TrimAll(tail.Text)) && !HasFormLabel(below);

    /// <summary>
    /// <see cref="Bridges(TextLine, TextLine, TextLine, bool)"/> with the row of values below the line: the rows of blank
    /// cells and the lone level labels a table prints between its groups ("时效指标" with nothing beside it) may come first.
    /// </summary>
    public static bool Bridges(TextLine above, TextLine tail, IReadOnlyList<TextLine> lines, int below, bool wideTable)
    {
        var fewest = wideTable ? FewestCellsInTable : FewestCellsAround;
        for (var k = below; k < lines.Count && k <= below + MostRowsBeforeValues && lines[k].HasTab; k++)
            if (FilledCells(lines[k]) >= fewest) return Bridges(above, tail, lines[k], wideTable);
            else if (FilledCells(lines[k]) > 1) return false;
        return false;
    }

    /// <summary>Most sparse rows (blank, or one label) looked past for the row of values below a line.</summary>
    private const int MostRowsBeforeValues = 4;

    /// <summary>True when the line has as many filled cells as a row of values in any table.</summary>
    public static bool IsWide(TextLine line) => FilledCells(line) >= FewestCellsAround;

    /// <summary>The line is no wider than a cell of the row above that a value follows: the cell that wrapped is a
    /// name or label, not the row's last value.</summary>
    private static bool FitsUnder(TextLine tail, TextLine above)
    {
        var cells = above.Text.Split('\t').Select(TextNormalizer.TrimAll).Where(c => c.Length > 0).ToList();
        return cells.Take(cells.Count - 1).Any(c => c.Length >= TextNormalizer.TrimAll(tail.Text).Length);
    }

    // An enumerated heading ("三、", "(二)"), a label (…：), a sentence (…。) or a form's title (…表).
    [GeneratedRegex(@"^(?:[(（]?[一二三四五六七八九十\d]{1,3}[、.．)）])|[:：。；;！!？?]|表$")]
    private static partial Regex TitleOrHeading();

    /// <summary>The row's last filled cell holds a figure or a comparator ("100%", "≥90%"): an indicator's value, not
    /// the text of a form's label/value row.</summary>
    private static bool EndsInFigure(TextLine line) =>
        line.Text.Split('\t').Select(TextNormalizer.TrimAll).LastOrDefault(c => c.Length > 0) is { } last
        && last.Any(ch => char.IsAsciiDigit(ch) || ch is '%' or '％' or '≥' or '≤' or '>' or '<' or '＞' or '＜');

    /// <summary>A colon after a form's label ("单位名称："), not the one after a filled-in slot's number ("指标2：新建保鲜库").</summary>
    private static bool HasFormLabel(TextLine line)
    {
        var text = FilledSlot().Replace(line.Text, string.Empty);
        return text.Contains('：') || text.Contains(':');
    }

    [GeneratedRegex(@"(?<=^|\t)\s*(?:三[级級])?指[标標]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[:：]")]
    private static partial Regex FilledSlot();

    private static int FilledCells(TextLine line) => line.Text.Split('\t').Count(c => TextNormalizer.TrimAll(c).Length > 0);

    /// <summary>The region cut at its candidate lines: table parts, and each candidate line (or run of them) as prose between them.</summary>
    public static IEnumerable<TextSegment> Split(IReadOnlyList<TextLine> region, bool isForm)
    {
        var part = new List<TextLine>();
        var afterTail = false;
        foreach (var line in region)
        {
            if (isForm || !IsTail(line, part, afterTail))
            {
                part.Add(line);
                afterTail = false;
                continue;
            }
            if (part.Count > 0) yield return new TableSegment(part, isForm);
            yield return new ProseSegment(line);
            part = [];
            afterTail = true;
        }
        if (part.Count > 0) yield return new TableSegment(part, isForm);
    }

    private static bool IsTail(TextLine line, List<TextLine> part, bool afterTail) =>
        IsCandidate(line) && (afterTail || part.Any(l => l.HasTab)) && !TextSegmenter.IsGapLine(line);
}
