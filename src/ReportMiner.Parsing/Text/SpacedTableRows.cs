using ReportMiner.Documents.Building;

namespace ReportMiner.Parsing.Text;

/// <summary>
/// A web page's text may stand each row of a table several blank lines below the one before (the empty lines of
/// the page's markup): a header row, four blank lines, its first row, five blank lines, the next row. Under a
/// header row of column words a run of blank lines alone, up to <see cref="MostBlankLines"/>, leads to the header's
/// next row when that row fits under the header (two filled cells at least, no more cells than the header) and is
/// no header of its own; a table whose rows came so keeps going the same way. Any other line in the gap, a new
/// header or a wider row ends the table, so the text after a table does not join it.
/// </summary>
internal static class SpacedTableRows
{
    private const int MostBlankLines = 6;
    private const int FewestHeaderPhrases = 2;
    private const int FewestFilledCells = 2;

    /// <summary>A row of column words ("三级指标 | 指标权重 | 计量单位 | 指标值 …"): two cells at least are header phrases, none holds a figure.</summary>
    public static bool IsHeader(TextLine line)
    {
        if (!line.HasTab) return false;
        var cells = FilledCells(line);
        return !cells.Any(c => c.Any(char.IsAsciiDigit))
               && cells.Count(c => FormWords.PhraseAt(c, 0)?.Text.Length == c.Length) >= FewestHeaderPhrases;
    }

    /// <summary>The index of the row under <paramref name="header"/> that only blank lines from <paramref name="from"/> lead to, or -1.</summary>
    public static int NextRow(IReadOnlyList<TextLine> lines, int from, TextLine header)
    {
        var k = from;
        while (k < lines.Count && k - from < MostBlankLines && lines[k].IsBlank) k++;
        if (k >= lines.Count || !lines[k].HasTab) return -1;
        var row = lines[k];
        return FilledCells(row).Count >= FewestFilledCells && row.Text.Split('\t').Length <= header.Text.Split('\t').Length
               && !IsHeader(row) ? k : -1;
    }

    private static List<string> FilledCells(TextLine line) =>
        line.Text.Split('\t').Select(TextNormalizer.TrimAll).Where(c => c.Length > 0).ToList();
}
