using System.Text.RegularExpressions;
using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Money;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.CellRuns;

/// <summary>
/// A form's budget block written one cell per line. Two shapes:
/// a header of money column words (年初预算 / 调整后预算数 / 预算执行数 / 预算执行率 / 得分 …, wrapped notes such as
/// "(20分)" kept as their own cells) followed by rows that each open with a label line and go on with figure lines
/// (总额 / 238.93 / 251.89 / 100.00%), rebuilt as the table's header and rows; and a lone money label whose amount
/// stands on the next line with its unit said (计划投资额 / (万元) / 570, 项目实际支出金额 / 343万元; a total investment
/// 投资总额 / 392万元 too; an amount in 万, 150万, says its unit), rebuilt as a "label | amount" row; a bare amount takes
/// the unit a funds heading above the block or the form's declared unit (<see cref="DeclaredUnitLines"/>) gives it, and
/// a label ending in its colon (预算数: / 2.38) takes the figure below it as the form's row does. A header needs two money
/// column words; a block whose rows hold more cells than its header, or a label with a bare number and no unit, colon
/// or declared unit (a scoring framework's 预算执行率 / 10 points), is left as written.
/// </summary>
internal static partial class MoneyCellRows
{
    private const int LongestLabel = 24;
    private const int LongestHeader = 16;
    private const int MinMoneyColumns = 2;
    private const int MinRowFigures = 2;
    private const int MaxRows = 12;
    private const int MaxHeaderCells = 20;
    private const int LongestWrappedHalf = 4;
    private const int LongestUnitHeading = 12;

    public static List<DocItem> Rebuild(IReadOnlyList<DocItem> items)
    {
        var result = new List<DocItem>(items.Count);
        var tables = new RebuiltTables(RebuiltTableReader.MoneyCellRows);
        var declared = DeclaredUnitLines.Of(items);
        var consumed = 0;
        var i = 0;
        while (i < items.Count)
        {
            if (TableAt(items, i, consumed) is { } table)
            {
                result.RemoveRange(result.Count - (i - table.HeaderStart), i - table.HeaderStart);
                result.AddRange(tables.Next(table.Rows));
                i = consumed = table.End;
                continue;
            }
            if ((DeclaredPairsAt(items, i, declared[i]) ?? PairsAt(items, i, string.Empty)) is { } pairs)
            {
                result.AddRange(tables.Next(pairs.Rows));
                i = consumed = pairs.End;
                continue;
            }
            if (HeadedPairAt(items, i) is { } opening)
            {
                var rows = new List<(DocItem Source, string[] Cells)> { (items[i], opening.Cells) };
                var next = i + 1;
                if (PairsAt(items, next, opening.Unit) is { } below) { rows.AddRange(below.Rows); next = below.End; }
                result.AddRange(tables.Next(rows));
                i = consumed = next;
                continue;
            }
            if (UnitHeadingAt(items, i) is { } held && !IsWrappedUnderHeader(items, i, held.Next, consumed) && PairsAt(items, held.Next, held.Unit) is { } headed)
            {
                result.AddRange(items.Skip(i).Take(held.Next - i));
                result.AddRange(tables.Next(headed.Rows));
                i = consumed = headed.End;
                continue;
            }
            result.Add(items[i++]);
        }
        return result;
    }

    /// <summary>
    /// Whether the unit line below <paramref name="at"/> is the label column's unit a page wrote after the header's last
    /// heading (项目资金 / 年初预算数 … 得分 / (万元) / 年度资金总额 / 200 / 200 …): the table below takes the row whole, and
    /// the heading above the unit is no heading of lone label-amount lines.
    /// </summary>
    private static bool IsWrappedUnderHeader(IReadOnlyList<DocItem> items, int at, int next, int consumed) =>
        next == at + 2 && TableAt(items, next, consumed) is not null;

    private sealed record Block(List<(DocItem Source, string[] Cells)> Rows, int HeaderStart, int End);

    /// <summary>The budget table whose first row opens at <paramref name="at"/>, its header in the lines just above, or null.</summary>
    private static Block? TableAt(IReadOnlyList<DocItem> items, int at, int consumed)
    {
        if (!OpensRow(items, at)) return null;
        var start = at;
        var headings = new List<string>();
        while (start - 1 >= consumed && at - start < MaxHeaderCells && CellLine.TextOf(items[start - 1]) is { } before)
        {
            if (IsHeaderCell(before))
            {
                // A column's unit wrapped below its heading (项目资金 / (万元)) belongs to that heading's cell.
                if (headings.Count > 0 && UnitNote().IsMatch(TextKey.Of(headings[0]))) headings[0] = before + headings[0];
                else headings.Insert(0, before);
            }
            // A money column's heading wrapped over two lines (年初 / 预算数): the first half names no column by itself.
            else if (headings.Count > 0 && before.Length <= LongestWrappedHalf && !IsFigureCell(before)
                && MoneyLabels.Of(before + headings[0]) != MoneyRole.None)
                headings[0] = before + headings[0];
            else break;
            start--;
        }
        var header = headings.ToArray();
        if (header.Count(h => MoneyLabels.Of(h) != MoneyRole.None) < MinMoneyColumns) return null;
        var rows = new List<(DocItem Source, string[] Cells)> { (items[start], header) };
        var k = at;
        while (rows.Count <= MaxRows && OpensRow(items, k))
        {
            var source = items[k];
            var cells = new List<string> { CellLine.TextOf(items[k++])! };
            while (k < items.Count && cells.Count <= header.Length && CellLine.TextOf(items[k]) is { } cell && IsFigureCell(cell)) { cells.Add(cell); k++; }
            // A long note written in the row's last cell (原因: "1.预算执行率=…") closes the row when another row follows.
            if (k + 1 < items.Count && CellLine.TextOf(items[k]) is { Length: > LongestLabel } note && OpensRow(items, k + 1)) { cells.Add(note); k++; }
            if (cells.Count > header.Length) return null;
            rows.Add((source, cells.ToArray()));
        }
        return rows[1].Cells.Count(CellTexts.IsAmount) >= MinRowFigures ? new Block(rows, start, k) : null;
    }

    /// <summary>A label line with a figure line right below it.</summary>
    private static bool OpensRow(IReadOnlyList<DocItem> items, int at) =>
        at + 1 < items.Count && CellLine.TextOf(items[at]) is { Length: > 0 and <= LongestLabel } label && !IsFigureCell(label)
        && CellLine.TextOf(items[at + 1]) is { } next && CellTexts.IsAmount(next);

    /// <summary>A money column word, an indicator column word (得分, 权重), a wrapped note "(20分)" or a budget heading.</summary>
    private static bool IsHeaderCell(string? text)
    {
        if (text is not { Length: > 0 and <= LongestHeader } || IsFigureCell(text)) return false;
        var key = TextKey.Of(text);
        return MoneyLabels.Of(key) != MoneyRole.None || HeaderSemantics.RoleOf(key) != ColumnRole.None || CellTexts.IsNote(key)
            || key.Contains("预算", StringComparison.Ordinal) || key.Contains("资金", StringComparison.Ordinal);
    }

    /// <summary>
    /// A block's heading with its unit wrapped below it (项目资金 / (万元), 资金情况 / (万元)): the unit of the money
    /// lines that follow, or null.
    /// </summary>
    private static (string Unit, int Next)? UnitHeadingAt(IReadOnlyList<DocItem> items, int at)
    {
        if (at + 1 >= items.Count || CellLine.TextOf(items[at]) is not { Length: > 0 and <= LongestUnitHeading + 8 } heading || IsFigureCell(heading)) return null;
        // The heading and its unit already joined as one label line ("项目资金：(万元)").
        if (HeadingWithUnit().Match(TextKey.Of(heading)) is { Success: true } joined) return (joined.Groups["unit"].Value, at + 1);
        return heading.Length <= LongestUnitHeading && at + 2 < items.Count && CellLine.TextOf(items[at + 1]) is { } note
            && UnitNote().IsMatch(TextKey.Of(note)) ? (TextKey.Of(note), at + 2) : null;
    }

    /// <summary>
    /// A funds heading with its unit and the block's first label and amount on one line, as a page's text writes the
    /// form's row (资金情况(万元) 年度资金总额: 10): that label and amount, the unit given to the label and held for the
    /// lines below, or null.
    /// </summary>
    private static (string[] Cells, string Unit)? HeadedPairAt(IReadOnlyList<DocItem> items, int at)
    {
        if (CellLine.TextOf(items[at]) is not { } text || HeadedPair().Match(text.Trim()) is not { Success: true } m) return null;
        var label = m.Groups["label"].Value.Trim();
        if (MoneyLabels.Of(label) is MoneyRole.None or MoneyRole.ExecutionRate) return null;
        var unit = TextKey.Of(m.Groups["unit"].Value);
        return ([label + unit, m.Groups["amount"].Value], unit);
    }

    /// <summary>
    /// Money labels each followed by its amount, the unit said in the label, a unit line or the amount, or held from a
    /// heading above the block; under such a heading a label and its amount may share a line (年度资金总额: 80).
    /// </summary>
    private static Block? PairsAt(IReadOnlyList<DocItem> items, int at, string heldUnit)
    {
        var rows = new List<(DocItem Source, string[] Cells)>();
        var k = at;
        while (rows.Count < MaxRows && (PairAt(items, k, heldUnit) ?? (heldUnit.Length > 0 ? LinePairAt(items, k, heldUnit) : null)) is { } pair)
        {
            rows.Add((items[k], pair.Cells));
            k = pair.End;
        }
        return rows.Count > 0 ? new Block(rows, at, k) : null;
    }

    /// <summary>
    /// Label and amount lines under a unit the form declared above them (金额单位：万元 … 项目总预算 / 65): read as under a
    /// funds heading's unit, except a label whose figure has more figures after it, a row of a money table whose
    /// header did not come with it.
    /// </summary>
    private static Block? DeclaredPairsAt(IReadOnlyList<DocItem> items, int at, string declaredUnit)
    {
        if (declaredUnit.Length == 0 || CellTexts.StartsAmountRun(items, at + 1)) return null;
        return PairsAt(items, at, declaredUnit) is { } block && !CellTexts.StartsAmountRun(items, block.End - 1) ? block : null;
    }

    /// <summary>A money label and its amount on one line under a heading that said the unit.</summary>
    private static (string[] Cells, int End)? LinePairAt(IReadOnlyList<DocItem> items, int at, string heldUnit)
    {
        if (at >= items.Count || CellLine.TextOf(items[at]) is not { } text || LabelAndAmount().Match(text.Trim()) is not { Success: true } m) return null;
        var label = m.Groups["label"].Value.Trim().TrimEnd(':', '：').Trim();
        if (MoneyLabels.Of(label) is MoneyRole.None or MoneyRole.ExecutionRate) return null;
        return ([label + heldUnit, m.Groups["amount"].Value], at + 1);
    }

    private static (string[] Cells, int End)? PairAt(IReadOnlyList<DocItem> items, int at, string heldUnit)
    {
        if (at >= items.Count || CellLine.TextOf(items[at]) is not { Length: > 0 and <= LongestLabel } label || IsFigureCell(label)) return null;
        var role = MoneyLabels.Of(label);
        if ((role is MoneyRole.None or MoneyRole.ExecutionRate) && !InvestmentTotalRule.IsInvestmentTotal(TextKey.Of(label))) return null;
        var k = at + 1;
        var unit = k < items.Count && CellLine.TextOf(items[k]) is { } note && UnitNote().IsMatch(TextKey.Of(note)) ? TextKey.Of(note) : string.Empty;
        if (unit.Length > 0) k++;
        if (k >= items.Count || CellLine.TextOf(items[k]) is not { } amount || !CellTexts.IsAmount(amount)) return null;
        if (unit.Length == 0 && heldUnit.Length > 0 && !Unit().IsMatch(TextKey.Of(label)) && !Unit().IsMatch(TextKey.Of(amount)))
            return ([label.TrimEnd(':', '：') + heldUnit, amount], k + 1);
        var said = unit.Length > 0 || Unit().IsMatch(TextKey.Of(label)) || Unit().IsMatch(TextKey.Of(amount)) || CellTexts.InTenThousands(amount);
        if (said) return ([label + unit, amount], k + 1);
        // "预算数:" / "2.38": a label ending in its colon says the next cell is its value, as the form's row "预算数: | 2.38"
        // does; with no unit anywhere the money table reader gives the figure the unit it gives that row's (R232). The
        // read pages write this two-line shape only in forms' money blocks (R232, R240, R250, R260, R542 .raw.txt). The
        // same label and figure on one line with no unit anywhere stays unread (LinePairAt asks for a held unit): the read
        // pages write that shape for the parts of a department's budget (R024's 按支出性质分:1925.67, 项目支出:1025.20),
        // not the project's money, and no read page's form needs it.
        return heldUnit.Length == 0 && k == at + 1 && CellTexts.EndsInColon(label) ? ([label, amount], k + 1) : null;
    }

    private static bool IsFigureCell(string text) => text.Length == 0 || CellTexts.IsFiller(text) || CellTexts.IsAmount(text);

    [GeneratedRegex(@"^[（(](?:万元|元|亿元)[)）]$")]
    private static partial Regex UnitNote();

    [GeneratedRegex(@"^(?<label>[^\d|]{2,24}?)\s*[:：]?\s*(?<amount>\d[\d,]*(?:\.\d+)?)$")]
    private static partial Regex LabelAndAmount();

    // The label may keep a stray closing bracket of the heading's note ("(万元) 年度预算资金总额): 1084.25").
    [GeneratedRegex(@"^[^\d:：|（()）]{2,20}?\s*(?<unit>[（(](?:万元|元|亿元)[)）])\s+(?<label>[^\d|:：（()）]{2,24}?)[)）]?\s*[:：]\s*(?<amount>\d[\d,]*(?:\.\d+)?)$")]
    private static partial Regex HeadedPair();

    [GeneratedRegex(@"^[^\d:：（()）]{2,12}[:：]?(?<unit>[（(](?:万元|元|亿元)[)）])$")]
    private static partial Regex HeadingWithUnit();

    [GeneratedRegex(@"万元|亿元|元")]
    private static partial Regex Unit();
}
