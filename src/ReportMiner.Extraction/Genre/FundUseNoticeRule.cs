using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Genre;

/// <summary>
/// A fund's use announcement ("现将项目资金使用情况公告如下：一、项目名称 … 四、资金额度 …", "现对2018年度彩票公益金使用情况
/// 公告如下") is the notice a lottery-fund user must publish each year: it tells what the money went to, not how a project
/// performed, and is "other" with no project. A finance office posts how it shared out a fund the same way, as a 公告 or a
/// 公示 ("现将资金分配使用情况公示如下：一、资金来源 二、分配原则 三、资金分配情况表", "现将补助资金分配下达情况公告如下"). It shows itself by that announcing sentence, whose subject is the money's
/// use and names no evaluation (a 公示 of a "…资金使用和管理自评报告" is a report), and by holding no report form and no
/// result of an assessment: no score, grade or indicator's actual value. Its amounts granted or paid out do not make it one.
/// A fund's or its projects' plan posted for the public to watch over shows itself the same way, by asking for that watch:
/// the period open to objections or the phone for complaints on a line of its own ("公示期限为3个工作日", "公告期:2023年6月9日—
/// 6月19日", "监督电话:12317"; Genre/Data/public-supervision.tsv) — a 扶贫 project's 公示 lists its 建设内容, 资金规模 and even its
/// 绩效目标 before any of it is done. A report is sent up to an office or published for information and asks for no objection.
/// </summary>
public sealed partial class FundUseNoticeRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        if (context.DocumentKind != GenreVocabulary.PerformanceReport || context.Projects.Count == 0) return;
        var announces = context.Items.Any(i => !i.IsRow && AnnouncesUse(i.Key));
        if (!announces && !context.Items.Any(i => !i.IsRow && AsksForSupervision(i.Key))) return;
        // The allocation lists the projects the money went to under a serial column ("序号 | 项目名称 | 建设地点 | 投资规模"):
        // there 项目名称 heads a column of many names, it is no form's field.
        if (DocumentKindRule.HasReportForm(context.GenreScoring.Content.Where(i => !IsListingHeader(i)).ToList())) return;
        if (context.Projects.Any(Assessed)) return;
        context.DocumentKind = "other";
        context.Projects.Clear();
        context.Warnings.Add("not a performance report: reads as other ("
            + (announces ? "a fund's use announcement, 现将…使用情况公告如下" : "a fund's or its projects' plan posted for public supervision, 公示期/监督电话")
            + ", with no report form, score, grade or indicator result); no project extracted");
    }

    /// <summary>A line asking the public to watch over what is posted: the period for objections or the phone for complaints.</summary>
    internal static bool AsksForSupervision(string key) => Supervision.Value.Any(p => p.IsMatch(key));

    private static readonly Lazy<Regex[]> Supervision = new(() => EmbeddedData.Lines("Genre.Data.public-supervision.tsv")
        .Select(l => new Regex(l, RegexOptions.Compiled | RegexOptions.CultureInvariant)).ToArray());

    /// <summary>The sentence announcing the money's use or allocation, its subject naming no evaluation (绩效, 自评, 评价).</summary>
    internal static bool AnnouncesUse(string key) =>
        UseAnnouncement().Matches(key).Any(m => !Evaluation().IsMatch(m.Groups["subject"].Value));

    // A whole row under a 序号 heading, not ProjectNameRule.IsListingHeading's question (is a 项目名称 value the next column's heading).
    private static bool IsListingHeader(DocItem item) => item.IsRow && item.Cells.Count > 1 && TextKey.Of(item.Cells[0]) == SerialHeading;

    private const string SerialHeading = "序号";

    private static bool Assessed(ProjectDraft p) =>
        p.Score is not null || p.Grade is not null
        || p.Indicators.Any(i => i.Score is not null || i.Actual is { } a && (a.Value is not null || !string.IsNullOrWhiteSpace(a.Text)));

    [GeneratedRegex(@"现(?:将|对|就)(?<subject>[^。；;]{0,60}?)(?:使用|分配|下达)情况(?:予以)?(?:公告|公示)如下")]
    private static partial Regex UseAnnouncement();

    [GeneratedRegex("绩效|自评|评价")]
    private static partial Regex Evaluation();
}
