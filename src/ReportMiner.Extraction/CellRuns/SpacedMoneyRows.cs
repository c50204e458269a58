using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Money;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.CellRuns;

/// <summary>
/// A form's budget block whose cells a PDF's text or a page dump separated by spaces: a line of money column words
/// (项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分) and below it, or on the same line after it, rows that
/// each open with a label and go on with figures (年度资金总额 130 130 130 10 100% 10), rebuilt as the table's header
/// and rows (R310's one-line form; the spaced metamorphic variant of every form with a budget block). A bracketed unit
/// after a heading (项目资金 (万元)) stays in that heading's cell. Needs two money column words and a first row with two
/// figures; a row with more cells than the header, or a line with tabs (a real table's row), leaves it as written.
/// Where the figures follow the headings with no label and the total's label stands before the headings (R222's
/// spreadsheet export), BareFirstRow reads the first row.
/// </summary>
internal static class SpacedMoneyRows
{
    private const int LongestLabel = 24;
    private const int LongestHeader = 16;
    private const int LongestLine = 5_000;
    private const int MinMoneyColumns = 2;
    private const int MinRowFigures = 2;
    private const int MaxRows = 12;

    private static readonly string[][] Words = EmbeddedData.Lines("CellRuns.Data.spaced-money-words.tsv").Select(l => l.Split('\t')).ToArray();
    private static readonly string[] RowLabelWords = WordsOf("row-label");
    private static readonly string[] TotalWords = WordsOf("total");
    private static readonly string[] HeadingWords = WordsOf("heading");
    private static readonly Dictionary<MoneyUnit, string> UnitHeadings =
        Words.Where(w => w[0] == "unit").ToDictionary(w => Enum.Parse<MoneyUnit>(w[1]), w => w[2]);

    private static string[] WordsOf(string kind) => Words.Where(w => w[0] == kind).Select(w => w[1]).ToArray();

    private static bool HoldsAny(string key, string[] words) => words.Any(w => key.Contains(w, StringComparison.Ordinal));

    public static List<DocItem> Rebuild(IReadOnlyList<DocItem> items)
    {
        var result = new List<DocItem>(items.Count);
        var tables = new RebuiltTables(RebuiltTableReader.SpacedMoneyRows);
        var i = 0;
        while (i < items.Count)
        {
            if (TableAt(items, i) is { } table)
            {
                // Text before the header (the form's other fields) stays for the other rules; the rows join after it.
                if (table.KeepLine) result.Add(items[i]);
                result.AddRange(tables.Next(table.Rows));
                i = table.End;
                continue;
            }
            result.Add(items[i++]);
        }
        return result;
    }

    private sealed record Block(List<(DocItem Source, string[] Cells)> Rows, bool KeepLine, int End);

    private static Block? TableAt(IReadOnlyList<DocItem> items, int at)
    {
        if (CellsOf(items[at]) is not { } line) return null;
        for (var start = 0; start < line.Count; start++)
        {
            if (!IsHeaderCell(line[start]) || (start > 0 && IsHeaderCell(line[start - 1]))) continue;
            var headerEnd = start;
            while (headerEnd < line.Count && IsHeaderCell(line[headerEnd])) headerEnd++;
            var header = WithUnitNotes(line.Skip(start).Take(headerEnd - start).ToList());
            if (header.Count(h => MoneyLabels.Of(h) != MoneyRole.None) < MinMoneyColumns) continue;
            if (start == 0 && headerEnd == line.Count && CornerAbove(items, at, line[0]) is { } corner) header.Insert(0, corner);
            var rows = new List<(DocItem Source, string[] Cells)> { (items[at], header.ToArray()) };
            var end = at + 1;
            if (headerEnd < line.Count)
            {
                RowsOf(line.Skip(headerEnd).ToList(), header.Count, items[at], rows);
                if (rows.Count == 1 && BareFirstRow(line, start, headerEnd, header) is { } bare)
                    rows = [(items[at], bare.Header), (items[at], bare.Values)];
            }
            else
                while (end < items.Count && rows.Count <= MaxRows && CellsOf(items[end]) is { Count: > 0 and <= LongestRowLine } below)
                {
                    // A line is taken whole, or its rows without the note that ends it (IsRowNote); one that goes on with
                    // other text after its rows is no budget line.
                    var lineRows = new List<(DocItem Source, string[] Cells)>();
                    var taken = RowsOf(below, header.Count, items[end], lineRows);
                    if (taken != below.Count && !(lineRows.Count > 0 && IsRowNote(below.Skip(taken).ToList()))) break;
                    rows.AddRange(lineRows);
                    end++;
                }
            if (rows.Count > 1 && rows[1].Cells.Count(CellTexts.IsFigure) >= MinRowFigures)
                return new Block(rows, start > 0 || headerEnd < line.Count, end);
        }
        return null;
    }

    private const int LongestRowLine = 40;

    /// <summary>
    /// The note a form writes after a budget row's figures, in a last column such as 原因, 得分计算方法 or 佐证材料 ("总额
    /// 238.93 251.89 251.89 100.00% 10 1.预算执行率=预算执行数/调整后预算数,…", "年度资金总额: 1172.55 1268.72 10 10
    /// 执行率*该指标分值,最高不得超过分值上限。"), told by its words alone, not by the header: a clause break and no figure
    /// cell, so no further row and no list of labels.
    /// </summary>
    private static bool IsRowNote(List<string> rest) =>
        rest.Count > 0 && !rest.Any(IsFigureCell) && string.Concat(rest).IndexOfAny(ClauseBreaks) >= 0;

    private static readonly char[] ClauseBreaks = ['，', ',', '。', '；', ';'];
    private const int MaxCornerLines = 2;

    /// <summary>
    /// The heading over the block's label column when the page wrote it on lines of its own above the column words
    /// ("项目资金" / "(万元)" / "年初预算数 全年预算数 …": the form's corner cell spans the header rows, and a page that
    /// keeps each row's cells on one line keeps the corner apart), joined into one cell; null when the line above is
    /// no such heading or the header line already opens with it. Without it the header has no column for the rows'
    /// labels, and the rows (label and figures) are one cell wider than the header.
    /// </summary>
    private static string? CornerAbove(IReadOnlyList<DocItem> items, int at, string firstHeaderCell)
    {
        if (MoneyLabels.Of(firstHeaderCell) == MoneyRole.None) return null;
        var parts = new List<string>();
        for (var k = at - 1; k >= 0 && k >= at - MaxCornerLines; k--)
        {
            if (items[k].IsRow || items[k].Text.Contains('\t')) break;
            var text = items[k].Text.Trim();
            if (text.Length is 0 or > LongestHeader || !IsHeaderCell(text)) break;
            parts.Insert(0, text);
        }
        return parts.Count > 0 && HoldsAny(TextKey.Of(parts[0]), HeadingWords) && MoneyLabels.Of(parts[0]) == MoneyRole.None
            ? string.Join(" ", parts) : null;
    }

    /// <summary>
    /// The first row of a budget block whose label a page printed before the headings, not before the figures
    /// ("年初预算数 (万元) 年度资金总额 其中:当年财政拨款 实施单位 全年预算数 全年执行数 分值 执行率 得分 65.66 65.07 10 99% 9
    /// 65.66 65.07 — 99% —": a form exported from a spreadsheet, its label column read after the figures): the figures
    /// right after the headings fill one cell under each heading, taken only where each says what its heading asks for
    /// (a percent under the rate, a plain figure under an amount) and a total's label (年度资金总额) stands before the
    /// headings to name the row. Its unit comes from a bracketed note before the headings, as the form prints it.
    /// </summary>
    private static (string[] Header, string[] Values)? BareFirstRow(List<string> line, int start, int headerEnd, List<string> header)
    {
        if (headerEnd + header.Count > line.Count) return null;
        var figures = line.GetRange(headerEnd, header.Count);
        for (var c = 0; c < header.Count; c++)
            if (!IsFigureCell(figures[c]) || !FitsHeading(header[c], figures[c])) return null;
        if (!header.Any(h => MoneyLabels.Of(h) == MoneyRole.ExecutionRate)) return null;
        var before = line.Take(start).ToList();
        if (before.FirstOrDefault(c => IsLabel(c) && HoldsAny(TextKey.Of(c), TotalWords)) is not { } label) return null;
        var unit = before.Where(c => CellTexts.IsNote(TextKey.Of(c))).Select(MoneyUnitDetector.FromHeader).FirstOrDefault(u => u is not null) is { } found
            ? UnitHeadings[found] : string.Empty;
        return ([unit, .. header], [label, .. figures]);
    }

    /// <summary>A percent under the rate and only there; an amount is a figure, not a filler mark.</summary>
    private static bool FitsHeading(string heading, string cell)
    {
        var isPercent = TextKey.Of(cell).EndsWith('%');
        return MoneyLabels.Of(heading) switch
        {
            MoneyRole.ExecutionRate => isPercent,
            MoneyRole.None => !isPercent,
            _ => !isPercent && CellTexts.IsFigure(cell),
        };
    }

    private static List<string>? CellsOf(DocItem item) => CellTexts.SpacedCellsOf(item, LongestLine);

    /// <summary>Adds the rows that open with a label and go on with figures; returns how many cells they took.</summary>
    private static int RowsOf(List<string> cells, int width, DocItem source, List<(DocItem, string[])> rows)
    {
        var at = 0;
        while (at < cells.Count && rows.Count <= MaxRows && IsLabel(cells[at]))
        {
            var end = at + 1;
            while (end < cells.Count && IsFigureCell(cells[end])) end++;
            if (end == at + 1 || end - at > width) break;
            rows.Add((source, cells.Skip(at).Take(end - at).ToArray()));
            at = end;
        }
        return at;
    }

    /// <summary>The header cells with a bracketed unit or note ("(万元)") joined to the heading before it.</summary>
    private static List<string> WithUnitNotes(List<string> cells)
    {
        var joined = new List<string>(cells.Count);
        foreach (var cell in cells)
            if (joined.Count > 0 && CellTexts.IsNote(TextKey.Of(cell))) joined[^1] += " " + cell;
            else joined.Add(cell);
        return joined;
    }

    private static bool IsLabel(string text) => text.Length <= LongestLabel && !IsFigureCell(text) && !IsHeaderWordOnly(text);

    // A column heading is no row's label (a second header line under the first).
    private static bool IsHeaderWordOnly(string text) => HeaderSemantics.RoleOf(TextKey.Of(text)) != ColumnRole.None && MoneyLabels.Of(text) == MoneyRole.None;

    /// <summary>A money column word, an indicator column word (分值, 得分), a bracketed note or a budget heading.</summary>
    private static bool IsHeaderCell(string text)
    {
        if (text.Length is 0 or > LongestHeader || IsFigureCell(text)) return false;
        var key = TextKey.Of(text);
        // A row's label (年度资金总额, 其中:当年财政拨款) names money too, but no column.
        if (HoldsAny(key, RowLabelWords)) return false;
        return MoneyLabels.Of(key) != MoneyRole.None || HeaderSemantics.RoleOf(key) != ColumnRole.None || CellTexts.IsNote(key)
            || HoldsAny(key, HeadingWords);
    }

    private static bool IsFigureCell(string text) => CellTexts.IsFiller(text) || CellTexts.IsFigure(text);
}
