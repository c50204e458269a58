using ReportMiner.Documents.Model;
using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.CellRuns;

/// <summary>
/// Indicator tables whose cells arrive one per line (a web page's text, a table export that ends each cell with " |"):
/// a run of lines that are header words (一级指标 / 二级指标 / 三级指标 / 年度指标值 …; a header word the page wrapped,
/// 年度 / 指标值, is joined when the joined text is a header phrase) gives the columns and their roles, and the cell
/// lines after it are cut into rows by their content, as a table flattened with spaces is (level labels under level
/// columns, names under the name, values and points under theirs, merged leading cells missing). A footer (合计,
/// 评价结论 …) or the next header ends the table; the rows replace the lines.
/// </summary>
internal static class CellRunTables
{
    private const int MinHeaderCells = 3;
    // Real headers have at most about fifteen columns; the cap keeps a long run of header words linear.
    private const int MaxHeaderCells = 40;
    private const int MinBodyCells = 3;
    private const int MinBodyValues = 2;
    private const int MaxBodyCells = 1500;
    private const int LongestCell = 200;
    private const int LongestHeaderCell = 24;
    private const int MaxUnnamedHeaderCells = 2;
    private const int LongestUnnamedHeaderCell = 8;

    /// <summary>The items with each indicator table written one cell per line replaced by its rows.</summary>
    public static List<DocItem> Rebuild(IReadOnlyList<DocItem> items)
    {
        var result = new List<DocItem>(items.Count);
        var i = 0;
        var tables = new RebuiltTables(RebuiltTableReader.CellRunTables);
        while (i < items.Count)
        {
            if (HeaderAt(items, i) is { } header && Body(items, header.End) is { Cells.Count: >= MinBodyCells } body
                && body.Cells.Count(c => CellKinds.IsValue(c.Text) || CellKinds.IsNumber(c.Text)) >= MinBodyValues)
            {
                var rows = new List<(DocItem Source, string[] Cells)> { (items[i], header.Cells) };
                var texts = body.Cells.Select(c => c.Text).ToList();
                var segmented = InterleavedPointsRows.Cut(header.Cells, texts)
                    ?? MarkedEmptyCells.Place(SpacedRowSegmenter.Segment(texts, header.Header), body.Cells, body.Written);
                rows.AddRange(Sources(segmented, body.Cells).Zip(segmented, (source, cells) => (source, cells)));
                if (body.Footer is { Count: > 0 } footer) rows.Add((footer[0].Item, footer.Select(c => c.Text).ToArray()));
                result.AddRange(tables.Next(rows));
                i = body.End;
                continue;
            }
            result.Add(items[i++]);
        }
        return result;
    }

    private sealed record FoundHeader(IndicatorHeader Header, string[] Cells, int End);

    internal sealed record Cell(string Text, DocItem Item, int Position);

    /// <param name="Cells">The filled cells, which the rows are cut from.</param>
    /// <param name="Written">Every cell line in order, empty ones (a bar alone) included.</param>
    private sealed record BodyCells(List<Cell> Cells, List<Cell> Written, List<Cell>? Footer, int End);

    /// <summary>The header whose cells stand one per line from <paramref name="start"/> on, or null.</summary>
    private static FoundHeader? HeaderAt(IReadOnlyList<DocItem> items, int start)
    {
        if (CellLine.TextOf(items[start]) is not { Length: > 0 and <= LongestHeaderCell } first || HeaderSemantics.RoleOf(first) == ColumnRole.None && !StartsWrappedHeaderWord(items, start))
            return null;
        var cells = new List<string>();
        var k = start;
        while (k < items.Count && cells.Count < MaxHeaderCells && CellLine.TextOf(items[k]) is { Length: > 0 and <= LongestHeaderCell } text)
        {
            var key = TextKey.Of(text);
            // "年度" then "指标值": one header cell the page wrapped over two lines.
            if (k + 1 < items.Count && CellLine.TextOf(items[k + 1]) is { Length: > 0 } next && JoinsWrapped(key, TextKey.Of(next)))
            {
                cells.Add(key + TextKey.Of(next));
                k += 2;
                continue;
            }
            if (HeaderSemantics.RoleOf(key) == ColumnRole.None)
            {
                if (cells.Count < 2 || UnnamedHeaderCells(items, k, cells) is not { } unnamed) break;
                cells.AddRange(unnamed);
                k += unnamed.Count;
                continue;
            }
            cells.Add(key);
            k++;
        }
        // A side label or section title before the header proper ("绩效指标", "二、绩效评价指标评分") names the same role as a later cell.
        var roles = cells.Select(HeaderSemantics.RoleOf).ToList();
        while (cells.Count > 1 && roles.Skip(1).Contains(roles[0]))
        {
            cells.RemoveAt(0);
            roles.RemoveAt(0);
        }
        if (cells.Count < MinHeaderCells || !HeaderSemantics.IsLabelRow(cells)) return null;
        return IndicatorHeader.FromRows([cells]) is { } header && header.Roles.ContainsKey(ColumnRole.Name)
            ? new FoundHeader(header, cells.ToArray(), k)
            : null;
    }

    /// <summary>
    /// Header cells the word list does not know (a misread 参考分值, the upper half of a two-line 绩效目标值), one or two
    /// lines between header words: they are columns of the header when the line after them names a column the header
    /// has not named yet, for a body's cells (level labels, names, values) go on with no new header word after them.
    /// Their roles are left to the values under them.
    /// </summary>
    private static List<string>? UnnamedHeaderCells(IReadOnlyList<DocItem> items, int start, List<string> cells)
    {
        var unnamed = new List<string>();
        for (var k = start; k < items.Count && k < start + MaxUnnamedHeaderCells + 1; k++)
        {
            if (CellLine.TextOf(items[k]) is not { Length: > 0 and <= LongestHeaderCell } text) return null;
            var key = TextKey.Of(text);
            if (HeaderSemantics.RoleOf(key) is var role and not ColumnRole.None)
            {
                var named = cells.Select(HeaderSemantics.RoleOf).ToHashSet();
                return unnamed.Count > 0 && !named.Contains(role) ? unnamed : null;
            }
            if (!IsUnnamedHeaderCell(key)) return null;
            unnamed.Add(key);
        }
        return null;
    }

    private static bool IsUnnamedHeaderCell(string key) =>
        key.Length is > 0 and <= LongestUnnamedHeaderCell && CellKinds.IsLabel(key) && !key.Any(char.IsAsciiDigit)
        && !IndicatorFramework.IsLevelLabel(key) && IndicatorNames.WithoutPlaceholder(key) == key;

    private static bool StartsWrappedHeaderWord(IReadOnlyList<DocItem> items, int start) =>
        start + 1 < items.Count && CellLine.TextOf(items[start + 1]) is { Length: > 0 } next
        && JoinsWrapped(TextKey.Of(CellLine.TextOf(items[start])!), TextKey.Of(next));

    /// <summary>Two lines that are one header cell: the joined text names a column by a longer phrase than either part.</summary>
    private static bool JoinsWrapped(string left, string right)
    {
        if (left.Length == 0 || right.Length == 0 || left.Length + right.Length > 12) return false;
        var joined = HeaderSemantics.PhraseOf(left + right);
        if (joined is null || HeaderSemantics.RoleOf(left + right) == ColumnRole.None) return false;
        var longest = Math.Max(HeaderSemantics.PhraseOf(left)?.Length ?? 0, HeaderSemantics.PhraseOf(right)?.Length ?? 0);
        return joined.Length > longest && !(left + right).Equals(left, StringComparison.Ordinal);
    }

    /// <summary>The cell lines after a header, up to a footer (kept with its points), the next header, a table row or a long paragraph.</summary>
    private static BodyCells? Body(IReadOnlyList<DocItem> items, int from)
    {
        var cells = new List<Cell>();
        var written = new List<Cell>();
        var k = from;
        for (; k < items.Count && cells.Count < MaxBodyCells; k++)
        {
            if (CellLine.TextOf(items[k]) is not { } text || text.Length > LongestCell) break;
            if (text.Length == 0)
            {
                written.Add(new Cell(text, items[k], written.Count));
                continue;
            }
            if (IndicatorFooters.OfText(text) is not null)
            {
                var footer = new List<Cell> { new(text, items[k], -1) };
                k++;
                while (k < items.Count && CellLine.TextOf(items[k]) is { } points && (points.Length == 0 || CellKinds.IsNumber(points)))
                {
                    if (points.Length > 0) footer.Add(new Cell(points, items[k], -1));
                    k++;
                }
                return new BodyCells(cells, written, footer, k);
            }
            if (HeaderAt(items, k) is not null) break;
            var cell = new Cell(text, items[k], written.Count);
            written.Add(cell);
            cells.Add(cell);
        }
        return new BodyCells(cells, written, null, k);
    }

    /// <summary>The line each row starts on, for its page and index.</summary>
    private static IEnumerable<DocItem> Sources(List<string[]> rows, List<Cell> cells)
    {
        var at = 0;
        foreach (var row in rows)
        {
            yield return cells[Math.Min(at, cells.Count - 1)].Item;
            at += row.Count(c => c.Length > 0);
        }
    }
}
