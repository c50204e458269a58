using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// A whole-department report ("部门整体支出绩效评价报告") reports on no project: when its title names no unit, the
/// department found elsewhere (a standalone line, the prose, the publisher) is what it reports on, "X部门整体支出".
/// </summary>
public sealed class WholeDepartmentNameRule : IExtractionRule
{
    private const string WholeSpending = "整体支出";

    public void Apply(ExtractionContext context)
    {
        foreach (var project in context.Projects)
        {
            if (!string.IsNullOrEmpty(project.Name) || project.Department is not { Length: > 0 } department) continue;
            var title = ReportTitles.In(context.ItemsOf(project)).FirstOrDefault(t => t.Key.Contains(WholeSpending, StringComparison.Ordinal));
            if (title is null) continue;
            project.SetName(department + "部门" + WholeSpending, title.Source());
        }
    }
}
