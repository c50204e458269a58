using System.Text.RegularExpressions;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Money;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.CellRuns;

/// <summary>
/// The budget block of a form whose cells a page glued into one paragraph ("项目资金(万元)全年预算数(A)全年执行数(B)
/// 执行率(B/A)年度资金总额194.9194.9100%其中…"): the money headings before the first run of figures that ends in a
/// rate give the columns (cue words of Money/Data/money-labels.tsv, 分值 and 得分 by the indicator header phrases), the
/// run is cut where the rate checks (<see cref="GluedFigureRun"/>), and the two rows are added after the paragraph
/// and the chunks that continue it, as a table of their own. The paragraph stays as it was.
/// </summary>
public static partial class GluedMoneyRows
{
    private const int HeaderWindow = 200;
    private const int LongestRowLabel = 24;
    private const int LongestGap = 10;
    private const int ShortestContinuation = 100;
    private const int LongestParagraph = 20_000;
    // A budget block comes once per form: a paragraph repeating headings and runs is not searched without end.
    private const int MaxCutAttempts = 8;

    private static readonly string[] Cues = MoneyLabels.AllCues
        .Concat(HeaderSemantics.PhraseWords.Where(p => HeaderSemantics.RoleOf(p) is ColumnRole.Weight or ColumnRole.Score))
        .Distinct().OrderByDescending(c => c.Length).ToArray();

    private enum Kind { Amount, Points, Rate, Score }

    private sealed record Column(string Cue, Kind? Kind, int Start, int End);

    public static List<DocItem> Rebuild(IReadOnlyList<DocItem> items)
    {
        var result = new List<DocItem>(items.Count);
        var tables = new RebuiltTables(RebuiltTableReader.GluedMoneyRows);
        for (var i = 0; i < items.Count; i++)
        {
            result.Add(items[i]);
            if (items[i].IsRow || items[i].Text.Length > LongestParagraph || RowsOf(items[i].Text) is not { } rows) continue;
            var end = i + 1;
            while (end < items.Count && !items[end].IsRow && items[end].Text.Length >= ShortestContinuation) result.Add(items[end++]);
            result.AddRange(tables.Next([(items[i], rows.Header), (items[i], rows.Values)]));
            i = end - 1;
        }
        return result;
    }

    /// <summary>The header and value rows of the first glued budget block of a paragraph, or null.</summary>
    public static (string[] Header, string[] Values)? RowsOf(string text)
    {
        var attempts = 0;
        foreach (Match run in FigureRun().Matches(text))
        {
            if (ColumnsBefore(text, run.Index) is not { } found) continue;
            if (++attempts > MaxCutAttempts) return null;
            var (columns, rowLabel, unit) = found;
            var amountColumns = columns.Count(c => c.Kind == Kind.Amount);
            var rateAt = columns.FindIndex(c => c.Kind == Kind.Rate);
            var pointsColumn = columns.FindIndex(c => c.Kind == Kind.Points) is var p && p >= 0 && p < rateAt;
            if (GluedFigureRun.Cut(run.Groups["run"].Value, amountColumns, pointsColumn) is not { } cut) continue;
            var header = new string[columns.Count + 1];
            var values = new string[columns.Count + 1];
            header[0] = unit;
            values[0] = rowLabel;
            for (var c = 0; c < columns.Count; c++)
            {
                header[c + 1] = columns[c].Cue;
                values[c + 1] = string.Empty;
            }
            // The amounts stand under the last amount columns: the one that checks against the rate is the spending.
            var amountAt = Enumerable.Range(0, columns.Count).Where(c => columns[c].Kind == Kind.Amount).ToArray();
            for (var k = 0; k < cut.Amounts.Length; k++) values[amountAt[amountAt.Length - cut.Amounts.Length + k] + 1] = cut.Amounts[k];
            if (cut.Points is { } points) values[p + 1] = points;
            values[rateAt + 1] = cut.Rate + "%";
            return (header, values);
        }
        return null;
    }

    /// <summary>
    /// The money headings that end shortly before <paramref name="runAt"/>: a rate heading (and a 得分 after it), then
    /// the row's label; before the rate, headings each a short gap from the next. Null when any heading names money
    /// that is not this year's (上年结转, 到位 …) or fewer than two amount columns stand before the rate.
    /// </summary>
    private static (List<Column> Columns, string RowLabel, string Unit)? ColumnsBefore(string text, int runAt)
    {
        var from = Math.Max(0, runAt - HeaderWindow);
        var found = new List<Column>();
        for (var at = from; at < runAt;)
        {
            if (CueAt(text, at, runAt) is { } cue)
            {
                found.Add(new Column(cue, KindOf(cue), at, at + cue.Length));
                at += cue.Length;
            }
            else at++;
        }
        var rate = found.FindLastIndex(c => c.Kind == Kind.Rate);
        if (rate < 0) return null;
        var last = rate;
        if (last + 1 < found.Count && found[last + 1].Kind == Kind.Score && found[last + 1].Start - found[last].End <= LongestGap) last++;
        if (runAt - found[last].End > LongestRowLabel) return null;
        var first = rate;
        while (first > 0 && found[first].Start - found[first - 1].End <= LongestGap) first--;
        var columns = found.GetRange(first, last - first + 1);
        // The row label may itself hold a cue (年度资金总额): only headings up to the rate (and 得分) are columns.
        if (columns.Any(c => c.Kind is null) || columns.Take(rate - first).Count(c => c.Kind == Kind.Amount) < 2) return null;
        if (columns.Skip(rate - first + 1).Any(c => c.Kind != Kind.Score)) return null;
        // The last heading's bracket ("执行率(B/A)") is not part of the row label.
        var rowLabel = HeadingBracket().Replace(text[found[last].End..runAt], string.Empty).Trim().TrimEnd(':', '：');
        var lead = text[Math.Max(0, columns[0].Start - LongestGap)..columns[0].Start];
        var unit = MoneyUnitDetector.FromHeader(lead) switch
        {
            // As the forms write it: a bare "(万元)" would read as the numeral 万.
            MoneyUnit.Wan => "项目资金(万元)",
            MoneyUnit.Yuan => "项目资金(元)",
            MoneyUnit.Yi => "项目资金(亿元)",
            _ => string.Empty,
        };
        return (columns, rowLabel, unit);
    }

    private static string? CueAt(string text, int at, int end)
    {
        foreach (var cue in Cues)
            if (at + cue.Length <= end && string.CompareOrdinal(text, at, cue, 0, cue.Length) == 0) return cue;
        return null;
    }

    private static Kind? KindOf(string cue)
    {
        switch (MoneyLabels.Of(cue))
        {
            case MoneyRole.ExecutionRate: return Kind.Rate;
            case MoneyRole.Budget or MoneyRole.BudgetInitial or MoneyRole.BudgetAdjusted or MoneyRole.Actual: return Kind.Amount;
        }
        return HeaderSemantics.RoleOf(cue) switch
        {
            ColumnRole.Weight => Kind.Points,
            ColumnRole.Score => Kind.Score,
            _ => null,
        };
    }

    [GeneratedRegex(@"^\s*[(（][^)）]{0,12}[)）]")]
    private static partial Regex HeadingBracket();

    // A run of digits and points right after a word (not inside a longer number), closed by a percent sign: two
    // amounts and a rate take at least five characters.
    [GeneratedRegex(@"(?<![\d.,，])(?<run>\d[\d.]{4,})%")]
    private static partial Regex FigureRun();
}
