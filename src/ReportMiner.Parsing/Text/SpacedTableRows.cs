using ReportMiner.Documents.Building;

namespace ReportMiner.Parsing.Text;

/// <summary>
/// A web page's text may stand each row of a table several blank lines below the one before (the empty lines of
/// the page's markup): a header row, four blank lines, its first row, five blank lines, the next row. Under a
/// header row of column words a run of blank lines alone, up to <see cref="MostBlankLines"/>, leads to the header's
/// next row when that row fits under the header (a filled cell, no more cells than the header) and is no header of
/// its own; the lines a table goes on over (a lone level label, an unfilled slot) may stand among the blank lines, and
/// a table whose rows are spaced by blank lines keeps going the same way. Any other line in the gap, a new header or a
/// wider row ends the table, so the text after a table does not join it.
/// </summary>
internal static class SpacedTableRows
{
    private const int MostBlankLines = 6;
    private const int FewestHeaderPhrases = 2;
    private const int MostLinesBetweenRows = 4;

    /// <summary>The longest run of blank lines a plain table bridges by itself (TextSegmenter's gap).</summary>
    private const int MostBlankLinesInPlainTable = 2;

    /// <summary>A row of column words ("三级指标 | 指标权重 | 计量单位 | 指标值 …"): two cells at least are header phrases, none holds a figure.</summary>
    public static bool IsHeader(TextLine line)
    {
        if (!line.HasTab) return false;
        var cells = FilledCells(line);
        return !cells.Any(c => c.Any(char.IsAsciiDigit))
               && cells.Count(c => FormWords.PhraseAt(c, 0)?.Text.Length == c.Length) >= FewestHeaderPhrases;
    }

    /// <summary>
    /// The index of the row under <paramref name="header"/> that the gap from <paramref name="from"/> leads to, or -1:
    /// runs of blank lines, one longer than a plain table bridges, and between them at most
    /// <see cref="MostLinesBetweenRows"/> lines a table goes on over (a level label left alone, an unfilled slot, a page marker).
    /// </summary>
    public static int NextRow(IReadOnlyList<TextLine> lines, int from, TextLine header)
    {
        int blankRun = 0, longestRun = 0, others = 0;
        for (var k = from; k < lines.Count; k++)
        {
            var line = lines[k];
            if (line.HasTab) return longestRun > MostBlankLinesInPlainTable && Fits(line, header) ? k : -1;
            if (line.IsBlank)
            {
                if (++blankRun > MostBlankLines) return -1;
                longestRun = Math.Max(longestRun, blankRun);
                continue;
            }
            blankRun = 0;
            if (!(TextSegmenter.IsGapLine(line) || WrappedTailLines.IsLevelLabel(line)) || ++others > MostLinesBetweenRows) return -1;
        }
        return -1;
    }

    /// <summary>A row under the header: a filled cell at least, no more cells than the header, no header of its own.</summary>
    private static bool Fits(TextLine row, TextLine header) =>
        FilledCells(row).Count > 0 && row.Text.Split('\t').Length <= header.Text.Split('\t').Length && !IsHeader(row);

    private static List<string> FilledCells(TextLine line) =>
        line.Text.Split('\t').Select(TextNormalizer.TrimAll).Where(c => c.Length > 0).ToList();
}
