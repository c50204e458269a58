using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Indicator tables whose text layer came out column-wise (a PDF viewer's or a document site's copy of a form): the
/// rows of values stand on lines of their own without names ("=100%  100%  10  10"), and the names are written
/// elsewhere — as rows without values, or as one run of level labels and names (<see cref="FlattenedNameRun"/>).
/// Names and value rows are put together in order only when the counts vouch for it: as many value rows as rows read
/// without values, or as names in a run that writes one name under each level-2 label. A form published without its
/// values may write only such a run: its names are taken alone on the same condition. Counts that disagree leave the
/// table alone.
/// </summary>
public sealed class ColumnWiseIndicatorRule : IExtractionRule
{
    private const double MostPoints = 100;
    private const int FewestRows = 2;
    private const int FewestNamesAlone = 3;
    private const int MostLinesAround = 3;

    public void Apply(ExtractionContext context)
    {
        foreach (var project in context.Projects)
        {
            var items = context.ItemsOf(project).ToList();
            var runs = ValueRuns(items);
            if (runs.Count > 1) continue;
            if (runs.Count == 1)
            {
                var (start, rows) = runs[0];
                if (project.Indicators.Count == 0) AddNamed(project, NamesAround(items, start, start + rows.Count), rows, items[start]);
                else FillValueless(project, rows);
            }
            else if (project.Indicators.Count == 0)
            {
                foreach (var (item, words) in items.Select(i => (i, WordsOfHeaderLine(i))))
                    if (words is not null && FlattenedNameRun.Read(words) is { Count: >= FewestNamesAlone } alone)
                    {
                        AddNamed(project, alone, null, item);
                        break;
                    }
            }
        }
    }

    /// <summary>The cells of one indicator's values standing alone: target, actual, points and score.</summary>
    private sealed record ValueRow(string Target, string Actual, double Weight, double Score);

    /// <summary>The runs of consecutive value rows (at least two), each with the index of its first line.</summary>
    private static List<(int Start, List<ValueRow> Rows)> ValueRuns(List<DocItem> items)
    {
        var runs = new List<(int, List<ValueRow>)>();
        for (var i = 0; i < items.Count; i++)
        {
            var rows = new List<ValueRow>();
            var start = i;
            while (i < items.Count && ValueRowOf(items[i]) is { } row) { rows.Add(row); i++; }
            if (rows.Count >= FewestRows && rows.Sum(r => r.Weight) <= MostPoints) runs.Add((start, rows));
        }
        return runs;
    }

    private static ValueRow? ValueRowOf(DocItem item)
    {
        var cells = Cells(item);
        if (cells.Count != 4 || !IsValueCell(cells[0]) || !IsValueCell(cells[1])) return null;
        return IndicatorValues.Number(cells[2]) is { } weight && IndicatorValues.Number(cells[3]) is { } score
               && weight is > 0 and <= MostPoints && score >= 0 && score <= weight
            ? new ValueRow(cells[0], cells[1], weight, score) : null;
    }

    private static bool IsValueCell(string cell) =>
        CellKinds.IsValue(cell) && !IndicatorFramework.IsLevelLabel(cell) && HeaderSemantics.RoleOf(cell) == ColumnRole.None
        && IndicatorFooters.OfText(cell) is null;

    private static List<string> Cells(DocItem item) =>
        item.IsRow ? item.Cells.Where(c => c.Trim().Length > 0).ToList() : SpacedCells.Of(item.Text);

    // The words as written: the cells SpacedCells joins by their look would join a name's wrapped end to the next label.
    private static List<string> Words(DocItem item) =>
        item.IsRow ? item.Cells.Where(c => c.Trim().Length > 0).ToList() : [.. item.Text.Split([' ', '\t', '\u3000'], StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>
    /// The names a run of labels and names writes around the value rows: from the line that holds the 三级指标 header
    /// above them (the first names may stand beside it) to the total line below them.
    /// </summary>
    private static IReadOnlyList<FlattenedNameRun.Entry>? NamesAround(List<DocItem> items, int start, int end)
    {
        var header = Enumerable.Range(Math.Max(0, start - MostLinesAround), start - Math.Max(0, start - MostLinesAround))
            .LastOrDefault(k => WordsOfHeaderLine(items[k]) is not null, -1);
        if (header < 0) return null;
        var words = new List<string>(WordsOfHeaderLine(items[header])!);
        for (var k = header + 1; k < start; k++)
        {
            var cells = Cells(items[k]);
            if (!cells.All(c => HeaderSemantics.RoleOf(c) != ColumnRole.None)) return null;
        }
        var after = end;
        // The total row (总分 100 98.62, or its figures alone) may stand between the values and the names.
        while (after < items.Count && after < end + MostLinesAround && Cells(items[after]) is var cells
               && cells.Count > 0 && cells.All(c => CellKinds.IsNumber(c) || IndicatorFooters.OfText(c) is { IsTotal: true }))
            after++;
        for (var k = after; k < items.Count && k < after + MostLinesAround; k++)
        {
            var line = Words(items[k]);
            var footer = line.FindIndex(c => IndicatorFooters.OfText(c) is not null);
            words.AddRange(footer < 0 ? line : line.Take(footer));
            if (footer >= 0) return FlattenedNameRun.Read(words);
        }
        return null;
    }

    /// <summary>
    /// The words of a line that holds the name column's header word (三级指标), from its first header word on: the
    /// level labels and names a flattened table writes may stand on either side of it. Null for any other line.
    /// </summary>
    private static List<string>? WordsOfHeaderLine(DocItem item)
    {
        var cells = Cells(item);
        if (!cells.Exists(c => HeaderSemantics.RoleOf(c) == ColumnRole.Name)) return null;
        var words = Words(item);
        return words.Skip(Math.Max(0, words.FindIndex(c => HeaderSemantics.RoleOf(c) != ColumnRole.None))).ToList();
    }

    private static void AddNamed(ProjectDraft project, IReadOnlyList<FlattenedNameRun.Entry>? entries, List<ValueRow>? rows, DocItem source)
    {
        if (entries is null || (rows is not null && rows.Count != entries.Count)) return;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var record = new IndicatorRecord { Level1 = entry.Level1, Level2 = entry.Level2, Name = entry.Name, Source = source.Source() };
            project.Indicators.Add(rows is null ? record : WithValues(record, rows[i]));
        }
    }

    /// <summary>Rows read without any value take the value rows in order, when there are exactly as many of each and
    /// the rows without values follow one another.</summary>
    private static void FillValueless(ProjectDraft project, List<ValueRow> rows)
    {
        var valueless = project.Indicators.Select((r, i) => (r, i))
            .Where(x => x.r is { Target: null, Actual: null, Weight: null, Score: null }).Select(x => x.i).ToList();
        if (valueless.Count != rows.Count || valueless[^1] - valueless[0] != valueless.Count - 1) return;
        for (var k = 0; k < rows.Count; k++)
            project.Indicators[valueless[k]] = WithValues(project.Indicators[valueless[k]], rows[k]);
    }

    private static IndicatorRecord WithValues(IndicatorRecord record, ValueRow row)
    {
        var target = IndicatorValues.Read(row.Target);
        var actual = IndicatorValues.Read(row.Actual);
        return record with { Target = target, Actual = actual, Weight = row.Weight, Score = row.Score, Met = MetEvaluator.Compare(target, actual) };
    }
}
