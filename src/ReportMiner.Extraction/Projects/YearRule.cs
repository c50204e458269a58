using System.Text.RegularExpressions;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>The budget year: a "(2020年度)" line, the title's year, a "YYYY年度" mention, else the first year written.</summary>
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
                project.Year = year;
                break;
            }
        }
    }

    [GeneratedRegex(@"^[(（]?\d{4}年度[)）]?$")]
    private static partial Regex YearLine();

    [GeneratedRegex(@"\d{4}年度")]
    private static partial Regex YearOfBudget();
}
