using System.Globalization;
using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// A unit's page of budget projects written one per line, each line only a name and its money, with no table and
/// no numbering ("某林场防火设备购置20万元" / "林地调查服务费8.5万元" / …). The lines are projects of their own when the
/// run is long enough to be a list and one of its items is a project the document gives a form to: the other items
/// are that project's peers, not its parts. Money rows (其中…, 中央资金…, 合计…) are never items, and a line that
/// names a project already read only fills what that project lacks.
/// </summary>
public sealed partial class LinedProjectsRule : IExtractionRule
{
    private const int MinLines = 3;
    private const int MaxGapLines = 2;
    private const int MaxGapLength = 4;

    public void Apply(ExtractionContext context)
    {
        if (context.DocumentKind != Genre.GenreVocabulary.PerformanceReport || context.Projects.Count == 0) return;
        foreach (var run in Runs(context))
        {
            if (run.Count < MinLines || run.Select(r => r.Name).Distinct().Count() < run.Count) continue;
            if (!run.Any(r => Existing(context, r.Name) is not null)) continue;
            Apply(context, run);
            return;
        }
    }

    private static void Apply(ExtractionContext context, List<Line> run)
    {
        var opening = context.Projects.MinBy(p => p.FirstItem)!;
        foreach (var line in run)
        {
            var source = line.Item.Source();
            if (Existing(context, line.Name) is { } existing)
            {
                if (existing.Claim("budget_wan", source)) existing.BudgetWan = line.Wan;
                continue;
            }
            var project = new ProjectDraft(line.Item.Index, line.Item.Index);
            project.SetName(line.Name, source);
            if (project.Claim("budget_wan", source)) project.BudgetWan = line.Wan;
            project.ShareDocumentFields(opening);
            context.Projects.Add(project);
        }
    }

    private static ProjectDraft? Existing(ExtractionContext context, string name)
    {
        var core = ProjectSegmentationRule.Core(name);
        return context.Projects.FirstOrDefault(p => p.Name is { Length: > 0 } n && ProjectSegmentationRule.Core(n) == core);
    }

    /// <summary>Runs of consecutive name+amount paragraphs; a line or two of a few characters (a photo's caption) between them does not end a run.</summary>
    private static IEnumerable<List<Line>> Runs(ExtractionContext context)
    {
        var run = new List<Line>();
        var gap = 0;
        foreach (var item in context.Items)
        {
            var m = item.IsRow ? Match.Empty : LineItem().Match(item.Key);
            if (m.Success && !MoneyRow().IsMatch(m.Groups["name"].Value))
            {
                run.Add(new Line(item, m.Groups["name"].Value, double.Parse(m.Groups["wan"].Value, CultureInfo.InvariantCulture)));
                gap = 0;
                continue;
            }
            if (run.Count > 0 && !item.IsRow && ++gap <= MaxGapLines && Caption().IsMatch(item.Key) && item.Key.Length <= MaxGapLength) continue;
            if (run.Count > 0) yield return run;
            run = [];
            gap = 0;
        }
        if (run.Count > 0) yield return run;
    }

    // The whole line: a name of 4–40 characters, perhaps opening with its year, and its amount in 万元
    // ("石漠化调查8.9万元", "森林资源专项调查200万", "2022年度林业中介服务项目50万元").
    [GeneratedRegex(@"^(?<name>(?:\d{4}年度?)?[\u4e00-\u9fa5“""(][\u4e00-\u9fa5\d()“”""\-—]{3,39}?)(?<wan>\d+(?:\.\d+)?)万元?$")]
    private static partial Regex LineItem();

    [GeneratedRegex(@"^(?:其中|合计|总计|小计|共计|累计|中央|省级|市级|县级|区级|本级|财政|自筹|上年|年初|全年|预算|支出|收入|结余|结转|资金|项目资金|年度资金)")]
    private static partial Regex MoneyRow();

    [GeneratedRegex(@"^[\u4e00-\u9fa5]+$")]
    private static partial Regex Caption();

    private sealed record Line(DocItem Item, string Name, double Wan);
}
