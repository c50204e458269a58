using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Genre;

/// <summary>
/// A finance office's notice asking units to carry out performance work ("关于开展2023年度项目支出绩效自评工作的通知") speaks
/// the report's whole vocabulary and often attaches the blank 自评表 to fill in, or the list of projects to evaluate with
/// their budgets: it is "other", with no project. It shows itself by its own title on a line of its own together with a
/// request to its addressees (请于…前报送, 联系人; Genre/Data/work-notice.tsv), and by holding no result: no amount spent, no
/// rate, score or grade, no indicator's actual value or score. A report that cites such a notice ("根据《关于开展…的通知》
/// 要求") cites it inside a sentence, and states its results.
/// </summary>
public sealed partial class WorkNoticeRule : IExtractionRule
{
    // A blank self-evaluation form prints its full marks (总分 100) where a filled one prints the score.
    private const double FullMarks = 100;

    private sealed record Cues(Regex[] Titles, string[] Requests);

    private static readonly Lazy<Cues> Data = new(() =>
    {
        var rows = EmbeddedData.Lines("Genre.Data.work-notice.tsv").Select(l => l.Split('\t', 2)).ToList();
        return new Cues(
            rows.Where(r => r[0] == "title").Select(r => new Regex(r[1], RegexOptions.Compiled | RegexOptions.CultureInvariant)).ToArray(),
            rows.Where(r => r[0] == "request").Select(r => r[1]).ToArray());
    });

    public void Apply(ExtractionContext context)
    {
        if (context.DocumentKind != GenreVocabulary.PerformanceReport || context.Projects.Count == 0) return;
        if (!IsWorkNotice(context.Chrome.Concat(context.Items)) || context.Projects.Any(StatesResults)) return;
        context.DocumentKind = "other";
        context.Projects.Clear();
        context.Warnings.Add("not a performance report: reads as other (a notice asking for performance work: its own title and "
            + "a request to its addressees, and no amount spent, rate, score or indicator result filled in); no project extracted");
    }

    /// <summary>Whether the text carries a work notice's own title on a line of its own and a request to its addressees.</summary>
    public static bool IsWorkNotice(IEnumerable<DocItem> items)
    {
        var list = items.ToList();
        return list.Any(i => TitleLines(i).Any(t => Data.Value.Titles.Any(p => p.IsMatch(t))))
            && list.Any(i => Data.Value.Requests.Any(r => i.Key.Contains(r, StringComparison.Ordinal)));
    }

    // A paragraph is a line of its own; of a table row only a portal's title field ("标题: | 关于…的通知") is, never a cell
    // among others ("立项依据 | …关于开展…的通知").
    private static IEnumerable<string> TitleLines(DocItem item)
    {
        if (!item.IsRow) return [item.Key];
        var cells = item.Cells.Select(TextKey.Of).Where(c => c.Length > 0).ToList();
        return cells.Count == 2 && TitleField().IsMatch(cells[0]) ? [cells[0] + cells[1]] : [];
    }

    private static bool StatesResults(ProjectDraft p) =>
        p.ActualWan is not null || p.ExecutionRatePct is not null || p.Grade is not null || p.Score is { } s && s != FullMarks
        || p.Indicators.Any(i => i.Score is not null || i.Actual is { } a && (a.Value is not null || HasText(a.Text)));

    private static bool HasText(string? text) => !string.IsNullOrWhiteSpace(text) && Placeholder().Replace(text, string.Empty).Any(TextKey.IsHan);

    [GeneratedRegex(@"^(?:标题|信息名称|文件名称)[:：]?$")]
    private static partial Regex TitleField();

    [GeneratedRegex(@"[*＊×Xx]{2}|…|指标\d")]
    private static partial Regex Placeholder();
}
