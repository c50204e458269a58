using System.Text.RegularExpressions;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// The budget year: a "(2020年度)" line, the title's year, a "YYYY年度" mention, else the first year written. A
/// self-evaluation or evaluation is filed after its year has closed: a year read only from its filing date in the
/// first half of a year ("填报日期:2022年2月3日") is the year before.
/// </summary>
public sealed partial class YearRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        foreach (var project in context.Projects)
        {
            var items = context.ItemsOf(project).ToList();
            var candidates = items.Where(i => YearLine().IsMatch(i.Key.Split('\t')[0]))
                .Concat(ReportTitles.In(items))
                .Concat(items.Take(40).Where(i => YearOfBudget().IsMatch(i.Key)))
                .Concat(items);
            // A later project of a document with several forms shares the document's year when its own part has none.
            foreach (var item in candidates.Concat(ReportTitles.In(context.Items)))
            {
                var year = YearParser.Find(item.Text);
                if (year is null || !project.Claim("year", item.Source())) continue;
                project.Year = IsFiledAfterItsYear(item.Key, year.Value, project.ReportKind) ? year - 1 : year;
                break;
            }
        }
    }

    private const int LastMonthOfFilingForLastYear = 6;

    private static readonly string[] LookingBack = ["self_evaluation", "evaluation"];

    private static bool IsFiledAfterItsYear(string key, int year, string? reportKind)
    {
        if (!LookingBack.Contains(reportKind)) return false;
        var m = FilingDate().Match(key);
        return m.Success && int.Parse(m.Groups["year"].Value) == year && int.Parse(m.Groups["month"].Value) <= LastMonthOfFilingForLastYear
            && YearParser.Find(key[..m.Index]) is null;
    }

    // "填报日期:2022年2月3日", "上报时间：2018年6月30日", "填表日期 2023-03-20".
    [GeneratedRegex(@"(?:填报|填表|上报|报送)(?:日期|时间)[:：]?\s*(?<year>\d{4})\s*(?:年|[-./])\s*(?<month>\d{1,2})(?!\d)")]
    private static partial Regex FilingDate();

    [GeneratedRegex(@"^[(（]?\d{4}年度[)）]?$")]
    private static partial Regex YearLine();

    [GeneratedRegex(@"\d{4}年度")]
    private static partial Regex YearOfBudget();
}
