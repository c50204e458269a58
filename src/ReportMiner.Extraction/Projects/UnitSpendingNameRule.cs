using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// A unit's report on a line of its spending, titled by the unit and a year ("某中心2024年度项目支出绩效单位自评报告",
/// "中共某市委党校2023年度专项支出绩效评价报告", "某委员会2020年度部门整体支出绩效自评报告", "某校2024年度部门整体和项目支出绩效自评报告"), is named by the unit and that
/// line: "某中心项目支出" (R001, R035, R606). The rules that look for the projects such a report lists read the bare unit's
/// name, so the spending words are added after them.
/// </summary>
/// <remarks>
/// "某局2022年度整体支出绩效自评报告" leaves 部门 out and still reports on the unit's whole spending (R703, R727, R728 title
/// themselves so; a Guangdong bureau's "2021年X整体支出绩效自评报告" among the stored pages puts the year first), so it is
/// named as "…部门整体支出" is.
/// </remarks>
public sealed partial class UnitSpendingNameRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        if (context.Projects.Count != 1 || context.Projects[0] is not { Name: { Length: > 0 } name } project) return;
        if (!ProjectNameRule.IsOrganisation(name) || !project.Sources.TryGetValue("name", out var source)) return;
        var title = TextKey.Of(source.Snippet);
        var at = title.IndexOf(name, StringComparison.Ordinal);
        if (at < 0 || YearAndSpending().Match(title, at + name.Length) is not { Success: true } m) return;
        // "…部门整体和项目支出绩效自评报告" and "…整体支出绩效自评报告" report on the unit's whole spending.
        project.Rename(name + (m.Groups["whole"].Success ? "部门整体支出" : m.Groups["spending"].Value), source);
    }

    [GeneratedRegex(@"\G(?:\d{4}|[〇零一二][〇零一二三四五六七八九]{3})年度?(?:(?<spending>项目支出|专项支出|部门整体支出)|(?<whole>部门整体[和及与]项目支出|整体支出))绩效")]
    private static partial Regex YearAndSpending();
}
