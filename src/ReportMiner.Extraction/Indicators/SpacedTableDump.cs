using System.Text.RegularExpressions;
using ReportMiner.Documents.Model;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// An indicator table that a document-sharing site or a PDF-to-text export wrote as one line of space-separated cells
/// ("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标(50分) 数量指标 项目数量 ≥50个 50 8 8 质量指标 …"):
/// the header is found as a run of header words, and the cells after it are cut into rows by fitting them under the
/// header's columns — every row starts at a level or name column, its cells follow in column order, and the cut that
/// fits best (labels under names, level labels under level columns, bare points under 分值/得分, few columns skipped)
/// wins. The rows become a table of their own, read like any other.
/// </summary>
public static partial class SpacedTableDump
{
    private const int MinBodyCells = 3;
    private const int MaxCells = 2000;
    private const int MinLines = 1;
    private const int MaxHeaderLineCells = 16;
    private const int LongestLineCell = 60;
    private const int MaxLeadingLabels = 2;
    private const int LongestLeadingLabel = 8;
    private const int MinGluedLength = 40;
    private const int MinGluedRowsWithValues = 2;
    private const int MinWordRowCells = 3;

    /// <summary>
    /// The items with each paragraph that holds a space-separated indicator table replaced by that table's rows, and a
    /// header line followed by lines of space-separated cells (a PDF's text without its layout: one row per line) read
    /// as one table.
    /// </summary>
    public static IEnumerable<DocItem> Expand(IEnumerable<DocItem> items)
    {
        var list = items as IReadOnlyList<DocItem> ?? items.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i];
            if (item.IsRow) { yield return item; continue; }
            // Read before the line alone: without the words below it, its unnamed cells would read as a row of values.
            if (WithRestLine(list, i) is var (completed, bodyFrom) && LinesBelow(list, bodyFrom, completed.Header) is { Rows.Count: >= MinLines } below)
            {
                foreach (var row in ItemsOf(below.Rows.Prepend((item, completed.Cells)).ToList())) yield return row;
                i = below.End - 1;
                continue;
            }
            if (Rows(item) is { Count: > 0 } rows)
            {
                // A glued table goes on in the chunks after it; they join only when that gives more rows.
                if (IsGlued(item) && GluedCells.WithContinuation(list, i) is { End: var end } joined && end > i + 1
                    && Rows(joined.Paragraph) is { } more && more.Count > rows.Count)
                {
                    rows = more;
                    i = end - 1;
                }
                foreach (var row in rows) yield return row;
                continue;
            }
            if (HeaderLine(item) is { } header && LinesBelow(list, i + 1, header.Header) is { Rows.Count: >= MinLines } lines)
            {
                foreach (var row in ItemsOf(lines.Rows.Prepend((item, header.Cells)).ToList())) yield return row;
                i = lines.End - 1;
                continue;
            }
            yield return item;
        }
    }

    /// <summary>Whether a paragraph writes a header and nothing else, so the lines below it are read as its rows.</summary>
    public static bool IsHeaderLine(DocItem paragraph) => !paragraph.IsRow && HeaderLine(paragraph) is not null;

    /// <summary>The header a paragraph writes and nothing else ("绩效指标 一级指标 二级指标 三级指标 年度指标值 …"), or null.</summary>
    private static FoundHeader? HeaderLine(DocItem paragraph)
    {
        if (!paragraph.Text.Contains(' ') && !paragraph.Text.Contains('\u3000')) return null;
        var tokens = SpacedCells.Of(paragraph.Text);
        return tokens.Count > MaxHeaderLineCells ? null : HeaderOf(tokens, longTitle: false);
    }

    /// <param name="longTitle">
    /// Whether a longer side label may stand before the header when it names the role of a later cell, as the block's
    /// title does over a header whose wrapped cells a line below completes ("年度绩效指标完成情况 一级指标 … 实际 …" /
    /// "目标值 完成值"); FindHeader leaves it out. Over a header line alone it stays short: a two-row header with a
    /// long title (符号 | 单位 under 指标值) has columns a one-line reading gets wrong.
    /// </param>
    private static FoundHeader? HeaderOf(List<string> tokens, bool longTitle) =>
        // A side label or two may stand before the header proper ("年度绩效目标 (80分) 一级指标 …"), its points with it
        // ("绩效指标(90分) 一级指标 …").
        FindHeader(tokens, 0) is { } found && found.End == tokens.Count && found.Cells.Length >= tokens.Count - MaxLeadingLabels
        && tokens.Take(tokens.Count - found.Cells.Length).All(t => IsShortSideLabel(t) || longTitle && HeaderSemantics.RoleOf(t) != ColumnRole.None)
            ? found : WithUnnamedCells(tokens);

    /// <summary>
    /// A header line whose value cells wrapped ("绩效 实际" over "目标值 完成值"), the rest of them written as a line
    /// of words of its own right below it: each word completes the next unnamed cell it makes a header phrase of, as
    /// <see cref="HeaderRestLine"/> does for a form's header row. The header and the index its rows start at, or null.
    /// </summary>
    private static (FoundHeader Header, int BodyFrom)? WithRestLine(IReadOnlyList<DocItem> items, int at)
    {
        var paragraph = items[at];
        if (at + 1 >= items.Count || items[at + 1].IsRow || !paragraph.Text.Contains(' ') && !paragraph.Text.Contains('\u3000')) return null;
        // The words as written: SpacedCells would join a cell that wrapped to the named one after it ("实际" "评分标准").
        var tokens = paragraph.Text.Split((char[]?)null, MaxHeaderLineCells + 1, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (tokens.Count > MaxHeaderLineCells || HeaderRestLine.Words(items[at + 1].Text) is not { } words) return null;
        var c = 0;
        foreach (var word in words)
        {
            while (c < tokens.Count && (HeaderSemantics.RoleOf(tokens[c]) != ColumnRole.None || HeaderSemantics.RoleOf(tokens[c] + word) == ColumnRole.None)) c++;
            if (c == tokens.Count) return null;
            tokens[c] += word;
            c++;
        }
        return HeaderOf(SpacedCells.Of(string.Join(' ', tokens)), longTitle: true) is { } found ? (found, at + 2) : null;
    }

    /// <summary>
    /// A header line some of whose cells no header word names — a misread word (考值参分, 年成值全完值), a column the
    /// word list does not know (是否核心指标, a town's name) — as tab-separated forms print them too: read whole when
    /// it opens with a named column, names the indicator, and the named cells outnumber the others two to one. The
    /// unnamed columns stay unnamed (PointsColumns may still read them from their values).
    /// </summary>
    private static FoundHeader? WithUnnamedCells(List<string> tokens)
    {
        if (tokens.Count < MinNamedHeaderCells || HeaderSemantics.RoleOf(tokens[0]) == ColumnRole.None) return null;
        var unnamed = tokens.Count(t => HeaderSemantics.RoleOf(t) == ColumnRole.None);
        if (unnamed == 0 || (tokens.Count - unnamed) < 2 * unnamed || !HeaderSemantics.IsLabelRow(tokens)) return null;
        var cells = tokens.ToArray();
        return IndicatorHeader.FromRows([cells]) is { } header && header.Roles.ContainsKey(ColumnRole.Name)
            ? new FoundHeader(header, cells, cells.Length) : null;
    }

    private const int MinNamedHeaderCells = 4;

    private static bool IsShortSideLabel(string token) => IndicatorFramework.WithoutPoints(TextKey.Of(token)).Length <= LongestLeadingLabel;

    /// <summary>
    /// The rows written one per line below a header line: the lines' cells are cut into rows under the header as one
    /// run, a row starting where a line starts unless its cells fit only the row above (a value that wrapped onto a
    /// line of its own); a page number or an unfilled slot alone on its line is passed over. A footer line ends them.
    /// </summary>
    private static (List<(DocItem Source, string[] Cells)> Rows, int End) LinesBelow(IReadOnlyList<DocItem> items, int from, IndicatorHeader header)
    {
        var tokens = new List<string>();
        var sources = new List<DocItem>();
        var lineStarts = new HashSet<int>();
        (DocItem, string[])? footer = null;
        var end = from;
        for (var k = from; k < items.Count && !items[k].IsRow && tokens.Count < MaxCells; k++)
        {
            var (line, next) = LineAt(items, k);
            // A slot nobody filled in ("指标2"), a page number ("2、") or the points of a level-1 cell whose label the
            // form leaves out ("（30分）": the framework gives the level) stands alone on its line inside the table.
            if (line.Count == 1 && (IndicatorNames.IsBarePlaceholder(line[0]) || PageMarker().IsMatch(line[0]) || IsBarePoints(line[0]))) continue;
            if (line.Count == 0 || line.Count > header.Width * 2 || line.Any(t => t.Length > LongestLineCell)) break;
            if (IndicatorFooters.OfText(line[0]) is not null)
            {
                footer = (items[k], line.TakeWhile((t, i) => i == 0 || CellKinds.IsNumber(t)).ToArray());
                end = k + 1;
                break;
            }
            // A row whose value cells nobody filled in ("指标4.不合格产品处置率") is its name alone on its line: a row all
            // the same when the table goes on below it.
            // So is a row giving a name and a value in words ("宣传教育 覆盖全区所有人员") under the level cells of the row above.
            if (!(IsRowWithoutFigures(line) && GoesOnBelow(items, next, header)) && !IsTableLine(line, items[k], header)) break;
            lineStarts.Add(tokens.Count);
            tokens.AddRange(line);
            sources.AddRange(Enumerable.Repeat(items[k], line.Count));
            end = next;
            k = next - 1;
        }
        if (tokens.Count == 0) return ([], from);
        var rows = SpacedRowSegmenter.Segment(tokens, header, new SpacedBreaks(lineStarts))
            .Select(r => (sources[r.First], r.Cells)).ToList();
        if (footer is { } last) rows.Add(last);
        return (rows, end);
    }

    /// <summary>Whether a line's cells are a row of the table (or its level labels alone), not a heading, a header or prose.</summary>
    private static bool IsTableLine(List<string> line, DocItem item, IndicatorHeader header)
    {
        if (line.Count == 0 || line.Count > header.Width * 2 || line.Any(t => t.Length > LongestLineCell)) return false;
        var levelsOnly = line.All(t => IndicatorFramework.IsLevelLabel(t));
        // A target form's row may hold words only ("质量指标 指标1：管理到位 环境整洁"): opening with a level label and
        // giving a name and a value besides, it is a row all the same.
        var holdsCells = line.Count == 1 ? IsFigure(line[0])
            : line.Skip(1).Any(t => CellKinds.IsValue(t) || IndicatorFramework.IsLevelLabel(t))
              || (line.Count >= MinWordRowCells && IndicatorFramework.IsLevelLabel(line[0]));
        return !StartsHeader(line, 0) && (levelsOnly || holdsCells) && HeaderLine(item) is null;
    }

    /// <summary>
    /// The cells of the line at <paramref name="k"/>, with a level label's last word that wrapped onto lines of its own
    /// joined back ("项目效益" / "指标" is 项目效益指标: a narrow level column breaks its label) and without the block's
    /// side label before a row's level label, and the index after the lines read.
    /// </summary>
    private static (List<string> Line, int Next) LineAt(IReadOnlyList<DocItem> items, int k)
    {
        var line = SpacedCells.Of(items[k].Text);
        var next = k + 1;
        while (line.Count > 0 && next < items.Count && !items[next].IsRow
               && SpacedCells.Of(items[next].Text) is [var tail] && IsWrappedLevelTail(line[^1], tail))
        {
            line[^1] += tail;
            next++;
        }
        // The side label of the indicator block ("绩效指标", a cell spanning every row left of the level columns) is
        // written on the first row's line, before its level label: the header left it out, so the row does too.
        if (line.Count >= 2 && HeaderSemantics.RoleOf(line[0]) != ColumnRole.None && IndicatorFramework.IsLevelLabel(line[1]))
            line.RemoveAt(0);
        return (line, next);
    }

    /// <summary>
    /// Whether <paramref name="tail"/>, alone on the next line, is the rest of the level label <paramref name="head"/>
    /// ends with: "可持续影" / "响指标", "服务对象" / "满意度指标", and "产出" / "指标", whose head already reads as a level
    /// (a level-1 label some forms print bare) while the tail alone is none.
    /// </summary>
    private static bool IsWrappedLevelTail(string head, string tail) =>
        tail.Length <= LongestWrappedTail && tail.All(TextKey.IsHan) && IndicatorFramework.IsLevelLabel(head + tail)
        && (!IndicatorFramework.IsLevelLabel(head) || !IndicatorFramework.IsLevelLabel(tail));

    private static bool IsBarePoints(string token) => token.Contains('分') && IndicatorFramework.WithoutPoints(TextKey.Of(token)).Length == 0;

    /// <summary>
    /// Whether the table goes on with a row of cells at <paramref name="from"/>, past further unfilled rows. A figure alone
    /// on the next line is the name's own value that wrapped, not a row below it.
    /// </summary>
    private static bool GoesOnBelow(IReadOnlyList<DocItem> items, int from, IndicatorHeader header)
    {
        for (var k = from; k < items.Count && !items[k].IsRow && k < from + MaxUnfilledRun;)
        {
            var (line, next) = LineAt(items, k);
            if (IsRowWithoutFigures(line)) { k = next; continue; }
            return line.Count >= 2 && IsTableLine(line, items[k], header);
        }
        return false;
    }

    private const int MaxUnfilledRun = 4;
    private const int LongestWrappedTail = 5;
    private const int LongestUnfilledName = 30;

    /// <summary>A name alone on its line: a label, no header word nor level label, no sentence.</summary>
    private static bool IsUnfilledRow(List<string> line) =>
        line is [var name] && name.Length <= LongestUnfilledName && CellKinds.IsLabel(name) && !IsFigure(name)
        && HeaderSemantics.RoleOf(name) == ColumnRole.None && !IndicatorFramework.IsLevelLabel(name)
        && !IndicatorNames.IsColumnLabelWord(name) && name.IndexOfAny(['。', '，', ',', '；', ';']) < 0;

    private static bool IsRowWithoutFigures(List<string> line) => IsUnfilledRow(line) || IsWordValueRow(line);

    /// <summary>A name and its value in words on a line of their own: no level label, header word or sentence in either.</summary>
    private static bool IsWordValueRow(List<string> line) =>
        line is [var name, var value] && IsUnfilledRow([name]) && value.Length <= LongestUnfilledName
        && HeaderSemantics.RoleOf(value) == ColumnRole.None && !IndicatorFramework.IsLevelLabel(value)
        && value.IndexOfAny(['。', '；', ';']) < 0;

    private static bool IsFigure(string token) => CellKinds.IsNumber(token) || (CellKinds.IsValue(token) && token.Any(char.IsAsciiDigit));

    [GeneratedRegex(@"^(?:\d{1,3}[、.．]?|[-—－]\d{1,3}[-—－]|第\d{1,3}页)$")]
    private static partial Regex PageMarker();

    /// <summary>The rows of the indicator tables a paragraph writes with spaces between cells; empty when it holds none.</summary>
    public static IReadOnlyList<DocItem> Rows(DocItem paragraph)
    {
        var glued = IsGlued(paragraph);
        var tokens = glued ? GluedCells.Of(paragraph.Text) ?? [] : SpacedCells.Of(paragraph.Text);
        if (tokens.Count is < MinBodyCells or > MaxCells) return [];
        var tables = new List<List<string[]>>();
        var at = 0;
        while (FindHeader(tokens, at) is { } found)
        {
            var end = found.End;
            while (end < tokens.Count && !StartsHeader(tokens, end) && IndicatorFooters.OfText(tokens[end]) is null) end++;
            var body = tokens.GetRange(found.End, end - found.End);
            if (body.Count >= MinBodyCells)
            {
                var rows = new List<string[]> { found.Cells };
                var segmented = SpacedRowSegmenter.Segment(glued ? GluedCells.SplitGluedPoints(body, found.Header) : body, found.Header);
                // Glued cells are cut by guesswork: the table stands only when most rows hold values where values belong.
                if (glued && !HoldsValues(segmented, found.Header)) { at = Math.Max(end, found.End); continue; }
                rows.AddRange(segmented);
                if (end < tokens.Count && IndicatorFooters.OfText(tokens[end]) is not null)
                    rows.Add(tokens.Skip(end).TakeWhile((t, i) => i == 0 || CellKinds.IsNumber(t)).ToArray());
                tables.Add(rows);
            }
            at = Math.Max(end, found.End);
        }
        return tables.SelectMany(rows => ItemsOf(rows.Select(r => (paragraph, r)).ToList())).ToList();
    }

    // Points alone do not make a glued table: its rows must hold measured values.
    private static readonly ColumnRole[] MeasuredRoles = [ColumnRole.Target, ColumnRole.Actual, ColumnRole.Rate];

    private static bool HoldsValues(List<string[]> rows, IndicatorHeader header)
    {
        var columns = MeasuredRoles.Where(header.Roles.ContainsKey).Select(r => header.Roles[r]).ToList();
        var withValues = rows.Count(r => columns.Any(c => c < r.Length && r[c].Any(char.IsDigit)));
        return withValues >= MinGluedRowsWithValues && withValues * 2 >= rows.Count;
    }

    /// <summary>True for a long paragraph without any space: a PDF's stored text may glue the whole form into one run
    /// without separators.</summary>
    private static bool IsGlued(DocItem paragraph) =>
        paragraph.Text.Length >= MinGluedLength
        && !(paragraph.Text.Contains(' ') || paragraph.Text.Contains('\u3000'));

    private static IEnumerable<DocItem> ItemsOf(List<(DocItem Source, string[] Cells)> rows) => CellRuns.CellRunRows.Items(rows, CellRuns.RebuiltTableNumbers.Number(CellRuns.RebuiltTableReader.SpacedTableDump, 0));

    private sealed record FoundHeader(IndicatorHeader Header, string[] Cells, int End);

    /// <summary>The first run of header words from <paramref name="from"/> on that makes an indicator header.</summary>
    private static FoundHeader? FindHeader(List<string> tokens, int from)
    {
        for (var start = from; start < tokens.Count; start++)
        {
            if (HeaderSemantics.RoleOf(tokens[start]) == ColumnRole.None) continue;
            var end = start;
            while (end < tokens.Count && HeaderSemantics.RoleOf(tokens[end]) != ColumnRole.None) end++;
            // A side label before the header proper ("绩效指标 一级指标 …") names the same role as a later cell.
            var first = start;
            while (first < end - 1 && tokens.Skip(first + 1).Take(end - first - 1).Any(t => HeaderSemantics.RoleOf(t) == HeaderSemantics.RoleOf(tokens[first])))
                first++;
            var cells = tokens.Skip(first).Take(end - first).ToArray();
            if (cells.Length >= 3 && HeaderSemantics.IsLabelRow(cells) && IndicatorHeader.FromRows([cells]) is { } header
                && header.Roles.ContainsKey(ColumnRole.Name))
                return new FoundHeader(header, cells, end);
            start = end;
        }
        return null;
    }

    private static bool StartsHeader(List<string> tokens, int at) =>
        HeaderSemantics.RoleOf(tokens[at]) != ColumnRole.None && at + 2 < tokens.Count
        && HeaderSemantics.RoleOf(tokens[at + 1]) != ColumnRole.None && HeaderSemantics.RoleOf(tokens[at + 2]) != ColumnRole.None;
}
