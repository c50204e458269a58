using System.Globalization;
using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Money;

/// <summary>
/// The overall score and grade: a total row of a scoring table (总分, 综合得分), or prose such as
/// "综合评价得分86分", "绩效评价级别为“良好”" and "评价等次为“良”" (R154). A grade is never inferred from the score.
/// </summary>
public sealed partial class ScoreGradeRule : IExtractionRule
{
    private static readonly string[] TotalLabels = ["总分", "总得分", "综合得分", "评价得分", "自评总分", "合计得分", "自评得分合计", "总计得分"];

    public void Apply(ExtractionContext context)
    {
        foreach (var project in context.Projects)
        {
            var items = context.ItemsOf(project).ToList();
            foreach (var row in items.Where(i => i.IsRow))
            {
                var label = row.Cells.FirstOrDefault(c => c.Trim().Length > 0);
                if (label is null || !IsTotalRow(TextKey.Of(label).TrimEnd(':', '：'), row, items)) continue;
                // The total may carry its unit, as the score cells beside a label do ("总分 | 100分", R203, R421).
                var number = row.Cells.Skip(1).Select(c => ScoreValue().Match(TextKey.Of(c))).LastOrDefault(m => m.Success);
                if (number is not null && project.Claim("score", row.Source()))
                    project.Score = double.Parse(number.Groups["v"].Value, CultureInfo.InvariantCulture);
            }
            FromScoreCell(project, items);
            foreach (var item in items.Where(i => !i.IsRow))
            {
                if (ProseScore().Match(item.Text) is { Success: true } s && project.Claim("score", item.Source(item.SentenceAt(s.Index))))
                    project.Score = double.Parse(s.Groups["v"].Value, CultureInfo.InvariantCulture);
                if (ProseGrade().Match(item.Text) is { Success: true } g && project.Claim("grade", item.Source(item.SentenceAt(g.Index))))
                    project.Grade = g.Groups["g"].Value;
            }
            // Cells without their grid are read after the prose: a lone figure below a lone label may be a page number.
            if (SpacedScoreCells.Find(items, IsScoreLabel, TotalLabels.Contains, IsColumnHeading, ScoreFigure) is { } found
                && project.Claim("score", found.Item.Source()))
                project.Score = found.Value;
        }
    }

    /// <summary>
    /// The form's identity block carries the overall score as a label cell and the cell after it, anywhere in the row
    /// ("主管部门 | X局 | 自评得分 | 98", "…自评表(2022年度) | 项目总得分 | 99分", "自评总分(分) | 97.6").
    /// </summary>
    private static void FromScoreCell(ProjectDraft project, List<DocItem> items)
    {
        // A header row of an indicator or budget table ("分值 | 自评得分 | …") names a column, not the project's score.
        foreach (var found in Projects.LabelValues.Find(items.Where(i => i.IsRow && !i.Cells.Any(IsColumnHeading)), IsScoreLabel))
        {
            var m = ScoreValue().Match(TextKey.Of(found.Value));
            if (!m.Success) continue;
            var value = double.Parse(m.Groups["v"].Value, CultureInfo.InvariantCulture);
            if (value <= MaxScore && project.Claim("score", found.Item.Source())) project.Score = value;
            return;
        }
    }

    private const double MaxScore = 100;

    /// <summary>Whether a line of prose states an overall score or grade ("综合得分92分", "评价等级为优").</summary>
    internal static bool StatesScoreOrGrade(string text) => ProseScore().IsMatch(text) || ProseGrade().IsMatch(text);

    /// <summary>A score cell's figure ("98", "97.6分"), at most the full points; null for any other text.</summary>
    private static double? ScoreFigure(string cell) =>
        ScoreValue().Match(TextKey.Of(cell)) is { Success: true } m
        && double.Parse(m.Groups["v"].Value, CultureInfo.InvariantCulture) is var value && value <= MaxScore ? value : null;

    private static bool IsColumnHeading(string cell) => ColumnHeadings.Any(h => cell.Contains(h, StringComparison.Ordinal));

    private static readonly string[] ColumnHeadings = ["指标", "分值", "权重", "执行率", "预算数", "执行数"];

    private static readonly string[] ScoreLabels = ["自评得分", "自评总分", "自评总得分", "项目总得分", "总得分", "综合得分", "评价得分"];

    private static bool IsScoreLabel(string key) => ScoreLabels.Contains(Bracketed().Replace(key, string.Empty));

    [GeneratedRegex(@"[(（][^)）]*[)）]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^(?<v>\d+(\.\d+)?)分?$")]
    private static partial Regex ScoreValue();

    /// <summary>"合计" totals money tables too; it is the overall score only in a table with a 得分 column.</summary>
    private static bool IsTotalRow(string label, DocItem row, List<DocItem> items) =>
        TotalLabels.Contains(label)
        || label == "合计" && items.Any(i => i.Table == row.Table && i.Cells.Any(c => TextKey.Of(c) is "得分" or "自评得分" or "评价得分"));

    // "最终得分85.82，等级为良", "评定结果得分为90.15分", "经自评，我委得分98分": the evaluation's result or the reporting
    // unit's own score, not a part's ("产出指标得分30分"); a bare number closes at the clause's end. An evaluation report
    // also states it as "评价总体得分95分", "绩效评价整体得分85.81分", "评价分值:88.64分", "最终评分结果为90分"
    // (R218, R339, R349, R508) — but an indicator's "该指标评价分值10分" is its weight, and a bare 评分 opens a scoring rule.
    [GeneratedRegex(@"(自评分值|自评总分|自评得分|自评分|评价得分|综合得分|总得分|(?:总体|整体)得分|(?<!指标|该项)评价分值|绩效得分|评分结果|最终评分|综合评分|最终得分|结果得分|我[委局办院站所]得分|(?:我|本)单位得分)\s*(为|是|:)?\s*(?<v>\d+(\.\d+)?)\s*(?:分|(?=[,，;；。]))")]
    private static partial Regex ProseScore();

    // A grade that counts projects ("评价结论为“良”的8个", "自评“优”的项目79个", "等级为“优”和“差”的项目") reports how a
    // unit's many projects fared, not the grade of this one (R068, R070).
    [GeneratedRegex(@"(评价级别|评价等级|评价等次|绩效等级|等级|等次|级别|自评|评定|评价结果)\s*(为|是|:|属于)?\s*[“""'「]?(?<g>优秀|良好|不合格|合格|中等|较差|差|优|良|中)(?![\u4e00-\u9fa5])(?![”""'」]?\s*(?:的|和|或|、|及|与|\d))")]
    private static partial Regex ProseGrade();
}
