using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;
using static ReportMiner.Extraction.Indicators.ColumnWiseLines;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Indicator tables whose text layer came out column-wise (a PDF viewer's or a document site's copy of a form): the
/// rows of values stand on lines of their own without names ("=100%  100%  10  10"), and the names are written
/// elsewhere — as rows without values, or as one run of level labels and names (<see cref="FlattenedNameRun"/>).
/// Names and value rows are put together in order only when the counts vouch for it: as many value rows as names in a
/// run that writes one name under each level-2 label, or — when an earlier rule read the names as rows without
/// values — exactly as many such rows, one after another, as value rows. A form published without its values may
/// write only such a run: its names are taken alone on the same condition. Counts that disagree leave the table alone.
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
            var lines = ColumnWiseLines.Of(context.ItemsOf(project));
            var runs = ValueRuns(lines);
            if (runs.Count > 1) continue;
            if (runs.Count == 1)
            {
                var (start, rows) = runs[0];
                if (project.Indicators.Count == 0) AddNamed(project, NamesAround(lines, start, start + rows.Count), rows, lines[start].Item);
                else FillValueless(project, rows);
            }
            else if (project.Indicators.Count == 0)
            {
                foreach (var line in lines)
                    if (WordsOfHeaderLine(line) is { } words && FlattenedNameRun.Read(words) is { Count: >= FewestNamesAlone } alone)
                    {
                        AddNamed(project, alone, null, line.Item);
                        break;
                    }
            }
        }
    }

    /// <summary>The runs of consecutive value rows (at least two), each with the index of its first line.</summary>
    private static List<(int Start, List<ValueRow> Rows)> ValueRuns(List<Line> lines)
    {
        var runs = new List<(int, List<ValueRow>)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var rows = new List<ValueRow>();
            var start = i;
            while (i < lines.Count && ValueRowOf(lines[i].Cells) is { } row) { rows.Add(row); i++; }
            if (rows.Count >= FewestRows && rows.Sum(r => r.Weight) <= MostPoints && IsMeasured(rows)) runs.Add((start, rows));
        }
        return runs;
    }

    /// <summary>
    /// The names a run of labels and names writes around the value rows: from the line that holds the 三级指标 header
    /// above them (the first names may stand beside it) to the total below them.
    /// </summary>
    private static IReadOnlyList<FlattenedNameRun.Entry>? NamesAround(List<Line> lines, int start, int end)
    {
        var header = Enumerable.Range(Math.Max(0, start - MostLinesAround), start - Math.Max(0, start - MostLinesAround))
            .LastOrDefault(k => WordsOfHeaderLine(lines[k]) is not null, -1);
        if (header < 0) return null;
        // The values' own header words (年度指标值 实际完成值 分值 得分) end the line above them or stand on lines of their own.
        var words = WordsOfHeaderLine(lines[header])!;
        var stripped = string.Empty;
        while (words.Count > 0 && (HeaderSemantics.RoleOf(words[^1]) != ColumnRole.None
                                   || stripped.Length > 0 && HeaderSemantics.RoleOf(words[^1] + stripped) != ColumnRole.None))
        {
            stripped = words[^1];
            words.RemoveAt(words.Count - 1);
        }
        for (var k = header + 1; k < start; k++)
            if (!lines[k].Cells.All(c => HeaderSemantics.RoleOf(c) != ColumnRole.None)) return null;
        var after = end;
        // The total row (总分 100 98.62, or its figures alone) may stand between the values and the names.
        while (after < lines.Count && after < end + MostLinesAround && lines[after].Cells is { Count: > 0 } cells
               && cells.All(c => CellKinds.IsNumber(c) || IndicatorFooters.OfText(c) is { IsTotal: true }))
            after++;
        for (var k = after; k < lines.Count && k < after + MostLinesAround; k++)
        {
            var line = lines[k].Words;
            var footer = line.FindIndex(c => IndicatorFooters.OfText(c) is not null);
            words.AddRange(footer < 0 ? line : line.Take(footer));
            if (footer >= 0) return FlattenedNameRun.Read(words);
        }
        return null;
    }

    /// <summary>
    /// The words of a line that holds the name column's header word (三级指标), from the level-1 header word before its last
    /// one on (the level labels and names a flattened table writes may stand on either side of it); null for any other line.
    /// </summary>
    private static List<string>? WordsOfHeaderLine(Line line)
    {
        var words = line.Words;
        var name = words.FindLastIndex(w => HeaderSemantics.RoleOf(w) == ColumnRole.Name);
        if (name < 0) return null;
        var first = words.FindLastIndex(name, w => HeaderSemantics.RoleOf(w) == ColumnRole.Level1);
        return words.Skip(first < 0 ? name : first).ToList();
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
