using ReportMiner.Documents.Building;

namespace ReportMiner.Parsing.Text;

/// <summary>
/// A short untabbed line between two rows of a tab table: often the tail of a cell that wrapped onto a line of its
/// own (PDF text and copied pages do this), sometimes a level label or a page's heading. Between two rows of values it
/// does not end the table: the table is written as its parts with the line between them as a paragraph, so that a
/// part of one row stays a table, and the extraction decides from the table's columns what the line was.
/// </summary>
internal static class WrappedTailLines
{
    /// <summary>Longer lines are prose: a wrapped cell's tail is a few words.</summary>
    public const int LongestTail = 20;

    /// <summary>Fewest filled cells of the rows around the line: a lone "单位名称：…\t填报日期：…" line is no table row.</summary>
    private const int FewestCellsAround = 3;

    public static bool IsCandidate(TextLine line) =>
        !line.HasTab && !line.IsBlank && TextNormalizer.TrimAll(line.Text).Length <= LongestTail;

    /// <summary>True when a candidate line between these two tab lines leaves them one table: both are rows of values.</summary>
    public static bool Bridges(TextLine above, TextLine below) => FilledCells(above) >= FewestCellsAround && FilledCells(below) >= FewestCellsAround;

    /// <summary>
    /// <see cref="Bridges(TextLine, TextLine)"/> with the row of values below the line: the rows of blank cells and the
    /// lone level labels a table prints between its groups ("时效指标" with nothing beside it) may come first.
    /// </summary>
    public static bool Bridges(TextLine above, IReadOnlyList<TextLine> lines, int below)
    {
        for (var k = below; k < lines.Count && k <= below + MostRowsBeforeValues && lines[k].HasTab; k++)
            if (FilledCells(lines[k]) >= FewestCellsAround) return Bridges(above, lines[k]);
            else if (FilledCells(lines[k]) > 1) return false;
        return false;
    }

    /// <summary>Most sparse rows (blank, or one label) looked past for the row of values below a line.</summary>
    private const int MostRowsBeforeValues = 4;

    private static int FilledCells(TextLine line) => line.Text.Split('\t').Count(c => TextNormalizer.TrimAll(c).Length > 0);

    /// <summary>The region cut at its candidate lines: table parts, and each candidate line as prose between them.</summary>
    public static IEnumerable<TextSegment> Split(IReadOnlyList<TextLine> region, bool isForm)
    {
        var part = new List<TextLine>();
        foreach (var line in region)
        {
            if (isForm || !IsTail(line, part))
            {
                part.Add(line);
                continue;
            }
            yield return new TableSegment(part, isForm);
            yield return new ProseSegment(line);
            part = [];
        }
        if (part.Count > 0) yield return new TableSegment(part, isForm);
    }

    private static bool IsTail(TextLine line, List<TextLine> part) =>
        IsCandidate(line) && part.Any(l => l.HasTab) && !TextSegmenter.IsGapLine(line);
}
