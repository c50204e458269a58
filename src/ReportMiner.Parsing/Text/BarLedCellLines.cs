namespace ReportMiner.Parsing.Text;

/// <summary>
/// Tables that a web page's text export wrote one cell per line with a bar before the cell ("| 数量指标"), the row's
/// first cell sometimes without one ("项目决策"), and lines of bars alone ("|", "| ||", "||||"). Two layouts occur:
/// the cells of a row follow each other directly and a line of bars closes the row ("项目决策", "| 数量指标",
/// "| 宣传次数", "| 已完成100%", "| |"); or every cell is followed by a single bar and a run of bars closes the row
/// ("|   项目完成指标", "|", "质量指标", "|", …, "||||"). Each row becomes a tab line. Only a run of several rows, some of
/// whose cells are led by bars, is a table; an unfinished row at the run's end stays as it was written.
/// </summary>
internal static class BarLedCellLines
{
    private const int MinRows = 3;
    private const int MinCellsInWidestRow = 3;
    private const int MinBarLedCells = 3;
    private const int LongestCell = 200;

    /// <summary>
    /// The table's rows as tab lines and the index after its last row; where no such table starts at
    /// <paramref name="start"/>, no rows and the end of the lines looked at, since a table starting inside them
    /// would be a part of theirs and no table either (this keeps a long run of cell lines linear).
    /// </summary>
    public static (List<TextLine>? Rows, int End) At(List<TextLine> lines, int start)
    {
        if (Kind(lines[start]) is not (LineKind.BarLedCell or LineKind.PlainCell)) return (null, start + 1);
        var end = RunEnd(lines, start);
        if (end - start < MinRows * 2) return (null, end);
        var adjacentCells = false;
        for (var k = start + 1; k < end && !adjacentCells; k++)
            adjacentCells = Kind(lines[k]) == LineKind.BarLedCell && Kind(lines[k - 1]) is LineKind.BarLedCell or LineKind.PlainCell;
        var rowsOpenWithText = adjacentCells && RowsOpenWithText(lines, start, end);
        var rows = new List<TextLine>();
        var cells = new List<string>();
        TextLine? first = null;
        var closed = start;
        var barLed = 0;
        for (var k = start; k < end; k++)
        {
            var line = lines[k];
            var kind = Kind(line);
            if (kind == LineKind.Bars)
            {
                // Where cells follow each other directly, any line of bars closes the row; else one bar only parts two cells.
                if (first is null || (!adjacentCells && PipeTableLines.BarCount(line.Text) < 2)) continue;
                // Where rows open with a cell without a bar, a bar alone with a bar-led cell after it is an empty cell
                // ("| 宣传次数", "| ", "| 已完成100%"), not the row's end.
                if (rowsOpenWithText && PipeTableLines.BarCount(line.Text) == 1 && k + 1 < end && Kind(lines[k + 1]) == LineKind.BarLedCell)
                {
                    cells.Add(string.Empty);
                    continue;
                }
                rows.Add(first with { Text = string.Join('\t', cells) });
                cells.Clear();
                first = null;
                closed = k + 1;
                continue;
            }
            if (kind == LineKind.BarLedCell) barLed++;
            first ??= line;
            cells.Add(line.Text.Trim().TrimStart('|').Trim());
        }
        if (rows.Count < MinRows || barLed < MinBarLedCells || rows.Max(r => r.Text.Split('\t').Count(c => c.Length > 0)) < MinCellsInWidestRow)
            return (null, end);
        return (rows, closed);
    }

    /// <summary>
    /// Whether the rows of the run open with a cell written without a bar ("项目决策", "| 数量指标", …): every line of
    /// several bars, which surely closes a row, is followed by such a cell where another row follows.
    /// </summary>
    private static bool RowsOpenWithText(List<TextLine> lines, int start, int end)
    {
        var closers = 0;
        for (var k = start; k + 1 < end; k++)
        {
            if (Kind(lines[k]) != LineKind.Bars || PipeTableLines.BarCount(lines[k].Text) < 2) continue;
            if (Kind(lines[k + 1]) != LineKind.PlainCell) return false;
            closers++;
        }
        return closers > 0;
    }

    /// <summary>
    /// The end of the run of cell and bar lines from <paramref name="start"/>: a blank line, a line with bars between
    /// texts (another layout), or two lines without bars in a row (prose) end it.
    /// </summary>
    private static int RunEnd(List<TextLine> lines, int start)
    {
        var k = start;
        while (k < lines.Count && Kind(lines[k]) is var kind && kind != LineKind.Other
               && !(kind == LineKind.PlainCell && k > start && Kind(lines[k - 1]) == LineKind.PlainCell))
            k++;
        return k;
    }

    private enum LineKind { Other, PlainCell, BarLedCell, Bars }

    private static LineKind Kind(TextLine line)
    {
        if (line.IsBlank || line.HasTab) return LineKind.Other;
        var text = line.Text.Trim();
        if (text.All(c => c == '|' || char.IsWhiteSpace(c))) return LineKind.Bars;
        if (text.Length > LongestCell) return LineKind.Other;
        var bars = PipeTableLines.BarCount(text);
        if (bars == 0) return LineKind.PlainCell;
        return bars == 1 && text[0] == '|' ? LineKind.BarLedCell : LineKind.Other;
    }
}
