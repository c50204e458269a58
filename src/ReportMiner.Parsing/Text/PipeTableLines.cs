using System.Text.RegularExpressions;

namespace ReportMiner.Parsing.Text;

/// <summary>
/// Tables that a web page's text export wrote with "|" between cells ("| 产出指标 | 数量指标 | 新建水池 | 3座 | |||"):
/// each row becomes a tab line, as the other text exports write them. A row opens at a line that starts with "|" and
/// text; a cell holding a line break goes on over the following lines (text with "|" in it, or only "|"s) until the
/// next row opens. Every row holds one bar per column of the form (a merged cell's bars stand together at the row's
/// end), so a row also ends where its bars reach that number. An export that wrote each cell and each bar on a line of
/// its own is read the same way. Only runs of several such rows are tables: a navigation line ("首页 | 联系我们")
/// stays as it is.
/// </summary>
internal static partial class PipeTableLines
{
    private const int MinRows = 3;
    private const int MinCellsInWidestRow = 3;

    public static List<TextLine> Convert(List<TextLine> lines)
    {
        if (!lines.Any(l => l.Text.Contains('|'))) return lines;
        var result = new List<TextLine>();
        var i = 0;
        var barLedSeen = 0;
        while (i < lines.Count)
        {
            if (i >= barLedSeen)
            {
                var (rows, end) = BarLedCellLines.At(lines, i);
                barLedSeen = end;
                if (rows is not null)
                {
                    result.AddRange(rows);
                    i = end;
                    continue;
                }
            }
            var runs = lines[i].Text.Contains('|') ? Runs(lines, i) : CellPerLineRun(lines, i);
            if (runs is null) { result.Add(lines[i++]); continue; }
            var layout = LayoutOf(runs.SelectMany(r => lines.Skip(r.Start).Take(r.End - r.Start)));
            var firstRows = runs.SelectMany(r => Rows(lines, r.Start, r.End, null, layout)).ToList();
            var width = RowWidth(firstRows);
            if (layout == Layout.CellPerLine && SharedWidth(firstRows) is { } shared && shared < width) width = shared;
            var rowsOfRuns = runs.Select(r => Rows(lines, r.Start, r.End, width, layout)).ToList();
            var textLedWidth = MostCommonBarCount(rowsOfRuns.SelectMany(rows => rows).Where(r => !r.Text.StartsWith('|')));
            var parts = rowsOfRuns.Select(rows => (Rows: rows, Cells: rows.Select(r => Cells(r.Text, textLedWidth)).ToList())).ToList();
            if (layout == Layout.Default)
                parts = parts.Select(p => (p.Rows, CoveredCellRows.Align(p.Cells, [.. p.Rows.Select(r => r.Text.StartsWith('|') && RowEnd().IsMatch(r.Text))]))).ToList();
            var table = parts.Sum(p => p.Rows.Count) >= MinRows && parts.Max(p => p.Cells.Max(c => c.Count(t => t.Length > 0))) >= MinCellsInWidestRow;
            for (var n = 0; n < runs.Count; n++)
            {
                if (n > 0) result.AddRange(lines.Skip(runs[n - 1].End).Take(runs[n].Start - runs[n - 1].End));
                if (table)
                    result.AddRange(parts[n].Rows.Select((r, k) => r.Line with { Text = parts[n].Cells[k].Count > 1 ? string.Join('\t', parts[n].Cells[k]) : parts[n].Cells[k].FirstOrDefault() ?? string.Empty }));
                else
                    result.AddRange(lines.Skip(runs[n].Start).Take(runs[n].End - runs[n].Start));
            }
            i = runs[^1].End;
        }
        return result;
    }

    /// <summary>
    /// A table whose export put every cell on its own line and each bar on a line of its own ("项目名称", "|",
    /// "春节慰问经费", "|", "||||||||"): from a line without bars, cells of one to <see cref="MaxCellLines"/> lines
    /// alternating with lines of bars only. Its first cell is one line (the lines above it are the form's title) and
    /// a second follows, so a title above a table of bar-led rows ("单位:万元", "|", "| 序号 |") stays out of it.
    /// Null where no such table starts.
    /// </summary>
    private static List<(int Start, int End)>? CellPerLineRun(List<TextLine> lines, int start)
    {
        var end = start;
        var cells = 0;
        while (true)
        {
            var k = end;
            while (k < lines.Count && k - end < (cells == 0 ? 1 : MaxCellLines) && IsCellLine(lines[k])) k++;
            if (k == end || k >= lines.Count || !IsBarsOnly(lines[k])) break;
            while (k < lines.Count && IsBarsOnly(lines[k])) k++;
            end = k;
            cells++;
        }
        return cells >= 2 ? [(start, end)] : null;
    }

    private static bool IsCellLine(TextLine line) => !line.IsBlank && !line.Text.Contains('|');

    private static bool IsBarsOnly(TextLine line) => line.Text.Contains('|') && line.Text.All(c => c == '|' || char.IsWhiteSpace(c));

    /// <summary>Most lines one cell of a cell-per-line table goes on over ("偏差大或", "目标未完成", "原因分析").</summary>
    private const int MaxCellLines = 3;

    /// <summary>
    /// The runs of lines with bars from <paramref name="start"/> on that make one table: the lines a table goes on over
    /// (a page marker, an unfilled slot "指标2：" that the export wrote without bars) may stand between them.
    /// </summary>
    private static List<(int Start, int End)> Runs(List<TextLine> lines, int start)
    {
        var runs = new List<(int Start, int End)>();
        var k = start;
        while (true)
        {
            var end = k;
            while (end < lines.Count && lines[end].Text.Contains('|')) end++;
            runs.Add((k, end));
            var gap = end;
            while (gap < lines.Count && gap - end < MaxGapLines && TextSegmenter.IsGapLine(lines[gap])) gap++;
            if (gap == end || gap >= lines.Count || !lines[gap].Text.Contains('|')) return runs;
            k = gap;
        }
    }

    /// <summary>Most lines a table goes on over between two runs of rows.</summary>
    private const int MaxGapLines = 2;

    /// <summary>
    /// The rows of a run of lines with bars: a row ends where a line ends with a run of bars (the row's empty cells,
    /// "| ||||") or where its bars reach the <paramref name="width"/> of the table's rows; short of that, a line that
    /// ends with one bar, or a bar alone, leaves a cell that goes on over the next line.
    /// </summary>
    private static List<(TextLine Line, string Text)> Rows(List<TextLine> lines, int start, int end, int? width, Layout layout) =>
        Rows(lines, start, end, width, layout, new PipeRowText());

    internal static List<(TextLine Line, string Text)> Rows(List<TextLine> lines, int start, int end, int? width, Layout layout, PipeRowText text)
    {
        var rows = new List<(TextLine Line, string Text)>();
        var serialRowEnds = layout == Layout.CellPerLine ? SerialRowEnds(lines, start, end) : [];
        TextLine? first = null;
        var pieces = 0;
        for (var k = start; k < end; k++)
        {
            var line = lines[k].Text.Trim();
            // A row of the bar-led layout ("| 主管部门 | …") opens at a bar and text, also after a row that ended with one bar.
            // Where a line is a row, a line led by a bar is the rest of the row above it ("年度资金总额 |", "| 32.4 | 31.69 |").
            if (first is not null && layout != Layout.LinePerRow && line.Length > 1 && line[0] == '|' && line[1] != '|' && text.EndsWithBar && !line.All(c => c == '|'))
            {
                rows.Add((first, text.ToString()));
                first = null;
                text.Clear();
            }
            // A row of the text-led layout ("1 | 某局 | 某项目 | 2059 | 良 |") closes its last cell with one bar; the next
            // line led by text with as many cells is the next row, not the rest of a cell, unless the row so far was pieced
            // together from several lines and the two together are only as wide as the table's rows (a header whose cells
            // break over lines: "序号 | 一级 指标 |", "二级 指标 |", "三级 指标 |", "指标分值 | 指标解释 | 自评得分 |").
            if (first is not null && StartsTextLedRow(text, line, pieces > 1 ? width : null, layout))
            {
                rows.Add((first, text.ToString()));
                first = null;
                text.Clear();
            }
            pieces = first is null ? 1 : pieces + 1;
            first ??= lines[k];
            text.Append(line);
            // A row as wide as the table's rows closes with its last bar even where that bar is single (a header row
            // with no empty cells: "指标值 |" and then the bar that opens the next row).
            if (RowEnd().IsMatch(line) || (width is { } w && text.EndsWithBar && text.Bars == w) || serialRowEnds.Contains(k))
            {
                rows.Add((first, text.ToString()));
                first = null;
                text.Clear();
            }
        }
        if (first is not null) rows.Add((first, text.ToString()));
        return rows;
    }

    /// <summary>Whether <paramref name="line"/> opens a row after <paramref name="text"/>; a <paramref name="width"/> the two stay within keeps them one row.</summary>
    private static bool StartsTextLedRow(PipeRowText text, string line, int? width, Layout layout)
    {
        if (layout == Layout.LinePerRow)
            return text.EndsWithBar && line.Length > 0 && line[0] != '|' && line.Contains('|') && (width is null || text.Bars + BarCount(line) > width);
        return IsTextLedRow(text) && IsTextLedRow(line) && (width is null || text.Bars + BarCount(line) > width);
    }

    /// <summary>
    /// How the export laid a table's rows out: rows led by bars or by text, all closed by runs of bars (the default);
    /// one line per row, led by text and closed by a single bar, a line led by a bar going on with the row above it
    /// ("项目名称 | 某项目 |", "年度资金总额 |", "| 32.4 | 31.69 |"); or one cell per line, each closed by a bar ("序号 |",
    /// "项目名称 |", "1 |", …).
    /// </summary>
    internal enum Layout { Default, LinePerRow, CellPerLine }

    private static Layout LayoutOf(IEnumerable<TextLine> runLines)
    {
        var withText = runLines.Select(l => l.Text.Trim()).Where(t => t.Contains('|') && !t.All(c => c == '|' || char.IsWhiteSpace(c))).ToList();
        if (withText.Count < MinRows) return Layout.Default;
        var closedByOneBar = withText.Where(t => t[0] != '|' && t.EndsWith('|') && !RowEnd().IsMatch(t)).ToList();
        if (closedByOneBar.Count(t => BarCount(t) == 1) * 5 >= withText.Count * 4) return Layout.CellPerLine;
        // Rows closed by a run of bars mark the default layout, whose rows may run over several lines.
        var closedByBars = withText.Count(t => RowEnd().IsMatch(t));
        if (closedByOneBar.Count * 3 >= withText.Count * 2 && closedByOneBar.Count(t => BarCount(t) >= 2) * 2 >= closedByOneBar.Count && closedByBars * 10 <= withText.Count)
            return Layout.LinePerRow;
        return Layout.Default;
    }

    /// <summary>
    /// Where a list written one cell per line with no bars to close its rows ("序号 |", "项目名称 |", "1 |", "某项目 |",
    /// "2 |", …) ends its rows: its serial numbers 1, 2, 3 … stand a row's width of cells apart, each opening a row, and
    /// the cells just before the first are the header. Indexes of the lines that close a row.
    /// </summary>
    private static HashSet<int> SerialRowEnds(List<TextLine> lines, int start, int end)
    {
        var ends = new HashSet<int>();
        for (var k = start; k < end; k++)
        {
            if (SerialOf(lines[k]) != 1) continue;
            for (var stride = 2; stride <= MaxSerialStride; stride++)
            {
                var count = 1;
                // Each step checks only the cells it adds for a bars-only line: the run's lines before them were checked already.
                while (k + count * stride < end && SerialOf(lines[k + count * stride]) == count + 1 && !AnyBarsOnly(lines, k + (count - 1) * stride, k + count * stride)) count++;
                if (count < MinSerialRows) continue;
                if (k - stride >= start && !AnyBarsOnly(lines, k - stride, k)) ends.Add(k - 1);
                for (var n = 0; n < count; n++)
                    if (k + (n + 1) * stride - 1 < end) ends.Add(k + (n + 1) * stride - 1);
                k += count * stride - 1;
                break;
            }
        }
        return ends;
    }

    private const int MaxSerialStride = 12;
    private const int MinSerialRows = 3;

    private static int? SerialOf(TextLine line)
    {
        var t = line.Text.Trim();
        return t.EndsWith('|') && BarCount(t) == 1 && int.TryParse(t.TrimEnd('|').Trim(), out var n) ? n : null;
    }

    private static bool AnyBarsOnly(List<TextLine> lines, int from, int to)
    {
        for (var k = from; k < to; k++) if (IsBarsOnly(lines[k])) return true;
        return false;
    }

    /// <summary>A whole row of the text-led layout: text first, one bar closing the last of its three or more cells.</summary>
    private static bool IsTextLedRow(string text) =>
        text.Length > 0 && text[0] != '|' && text.EndsWith('|') && !RowEnd().IsMatch(text) && Cells(text, null).Count(c => c.Length > 0) >= MinCellsInWidestRow;

    private static bool IsTextLedRow(PipeRowText text) =>
        text.Length > 0 && !text.StartsWithBar && text.EndsWithBar && !text.EndsWithBarRun() && text.CellsWithText >= MinCellsInWidestRow;

    /// <summary>
    /// The bars a row of this table holds: the number most of its rows closed by a run of bars hold (every row of an
    /// export writes one bar per column, the merged ones at its end); null where no row closes so.
    /// </summary>
    private static int? RowWidth(IEnumerable<(TextLine Line, string Text)> rows) =>
        MostCommonBarCount(rows.Where(r => RowEnd().IsMatch(r.Text)));

    /// <summary>
    /// The width of a table written one cell per line whose full rows close with a single bar like every cell, so that
    /// only a row with a merged cell closes with a run of bars ("基本建立 | |"): each part read up to such a run then
    /// holds whole rows, and the width all the parts' bar counts share is the row's. Null where they share none of
    /// three bars or more.
    /// </summary>
    private static int? SharedWidth(List<(TextLine Line, string Text)> rows)
    {
        var counts = rows.Select(r => BarCount(r.Text)).Where(c => c > 0).ToList();
        if (counts.Count < 2 || !rows.Any(r => RowEnd().IsMatch(r.Text))) return null;
        var shared = counts.Aggregate(Divisor);
        return shared >= MinCellsInWidestRow && counts.Any(c => c > shared) ? shared : null;
    }

    private static int Divisor(int a, int b) => b == 0 ? a : Divisor(b, a % b);

    /// <summary>The bar count most rows hold; of two as common the smaller, since rows wrongly joined hold more.</summary>
    private static int? MostCommonBarCount(IEnumerable<(TextLine Line, string Text)> rows) =>
        rows.Select(r => BarCount(r.Text)).Where(c => c > 0).GroupBy(c => c).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (int?)g.Key).FirstOrDefault();

    internal static int BarCount(string text) => text.Count(c => c == '|');

    /// <summary>
    /// A row's cells: the texts between the bars, without the empty ones a row ends with. A row led by a bar opens with
    /// an empty cell (the one a merged cell above covers: "| 总额 | 5.00 |") where it holds as many bars as the rows led
    /// by text; with one bar more, its first bar only opens it.
    /// </summary>
    private static List<string> Cells(string row, int? textLedWidth)
    {
        var trimmed = row.Trim();
        var leadingEmptyCell = trimmed.StartsWith('|') && BarCount(trimmed) == textLedWidth;
        var cells = (leadingEmptyCell ? trimmed[1..] : trimmed.TrimStart('|')).TrimEnd('|').Split('|').Select(c => c.Trim()).ToList();
        if (leadingEmptyCell) cells.Insert(0, string.Empty);
        while (cells.Count > 0 && cells[^1].Length == 0) cells.RemoveAt(cells.Count - 1);
        return cells;
    }

    [GeneratedRegex(@"\|\s*\|\s*$")]
    private static partial Regex RowEnd();
}
