using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>The report kind from its title: 监控 → monitoring, 自评 → self_evaluation, 评价 → evaluation, 目标/申报 → target.</summary>
public sealed class ReportKindRule : IExtractionRule
{
    private static readonly (string Word, string Kind)[] Kinds =
    [
        ("监控", "monitoring"), ("自评", "self_evaluation"), ("评价", "evaluation"),
        ("目标表", "target"), ("申报", "target"),
    ];

    public void Apply(ExtractionContext context)
    {
        foreach (var project in context.Projects)
        {
            var titles = ReportTitles.In(context.ItemsOf(project)).Concat(ReportTitles.In(context.Items));
            foreach (var title in titles)
            {
                var kind = Kinds.FirstOrDefault(k => title.Key.Contains(k.Word, StringComparison.Ordinal));
                if (kind.Kind is null || !project.Claim("report_kind", title.Source())) continue;
                project.ReportKind = kind.Kind;
                break;
            }
        }
    }
}
