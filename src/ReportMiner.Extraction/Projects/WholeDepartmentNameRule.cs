using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// A whole-department report ("部门整体支出绩效评价报告") reports on no project: when its title names no unit, the
/// department found elsewhere (a standalone line, the prose, the publisher) is what it reports on, "X部门整体支出".
/// </summary>
public sealed partial class WholeDepartmentNameRule : IExtractionRule
{
    private const string WholeSpending = "整体支出";

    public void Apply(ExtractionContext context)
    {
        foreach (var project in context.Projects)
        {
            if (!string.IsNullOrEmpty(project.Name) || project.Department is not { Length: > 0 } department) continue;
            var items = context.ItemsOf(project).ToList();
            // "新宁县马头桥镇人民政府部门绩效自评报告": 部门 before 绩效 says whole-department without 整体支出.
            var title = ReportTitles.In(items).FirstOrDefault(t => t.Key.Contains(WholeSpending, StringComparison.Ordinal) || DepartmentReport().IsMatch(t.Key))
                // A form's title at the head of a line its cells ran into ("附件2：部门整体支出绩效目标申报表 填报日期…",
                // "1、部门整体绩效自评表"): 部门整体 with or without 支出.
                ?? ReportTitles.Head(items).FirstOrDefault(i => !i.IsRow && WholeDepartmentTitle().Match(i.Key) is { Success: true, Index: <= MaxTitleLeadIn })
                // An excerpt without its title says it in its opening sentence: "组织开展了2024年度部门绩效自评工作".
                ?? ReportTitles.Head(items).FirstOrDefault(i => !i.IsRow && SaysWholeDepartmentWork(i.Key));
            if (title is null) continue;
            project.SetName(department + "部门" + WholeSpending, title.Source());
        }
    }

    private const int MaxTitleLeadIn = 12;

    // "根据县财政局《关于开展2022年度部门预算绩效自评工作的通知》要求，我局对2022年度项目支出开展了绩效自评": the cited notice's
    // title names the work it asked for, not the work this report did, and work done on 项目支出 is a project's.
    private static bool SaysWholeDepartmentWork(string text)
    {
        var own = CitedTitle().Replace(text, "《》");
        foreach (System.Text.RegularExpressions.Match m in WholeDepartmentWork().Matches(own))
        {
            var end = own.IndexOfAny(SentenceEnds, m.Index + m.Length);
            if (!own.AsSpan(m.Index + m.Length, (end < 0 ? own.Length : end) - m.Index - m.Length).Contains(ProjectSpending, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private const string ProjectSpending = "项目支出";

    private static readonly char[] SentenceEnds = ['。', '；', ';'];

    [System.Text.RegularExpressions.GeneratedRegex("《[^《》\n]{1,80}》")]
    private static partial System.Text.RegularExpressions.Regex CitedTitle();

    [System.Text.RegularExpressions.GeneratedRegex(@"部门绩效(?:自评|评价)")]
    private static partial System.Text.RegularExpressions.Regex DepartmentReport();

    [System.Text.RegularExpressions.GeneratedRegex(@"部门整体(?:支出)?(?:绩效)?(?:自评|评价|目标|监控)[^，。；,;]{0,6}?(?:表|报告)")]
    private static partial System.Text.RegularExpressions.Regex WholeDepartmentTitle();

    // "我厅认真开展了2022年度部门预算绩效自评工作": a department's budget evaluated as a whole is its whole spending (R669; the
    // titles of R681 and R718, "…2023年部门预算绩效自评报告", and R554's notice name whole-department reports so).
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:开展|进行)了?(?:\d{4}年度?)?部门(?:整体支出|预算)?(?:绩效)?(?:自评|评价)")]
    private static partial System.Text.RegularExpressions.Regex WholeDepartmentWork();
}
