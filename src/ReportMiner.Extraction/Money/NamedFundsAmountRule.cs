using System.Text.RegularExpressions;
using ReportMiner.Extraction.Genre;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Projects;

namespace ReportMiner.Extraction.Money;

/// <summary>
/// A prose report gives the size of its funds by writing the amount straight after their name ("本次评价对象为某省中小企业
/// 发展专项资金16750万元", "评价2021年某产业发展项目14500万元资金使用情况", "20xx年教育专项经费7177.5万元": R837, R366,
/// R490): where nothing else gave a one-project report a budget, the first amount so placed after the project's own name
/// is its budget. Run after every naming rule, so the name is the one the record keeps.
/// </summary>
public sealed partial class NamedFundsAmountRule : IExtractionRule
{
    private const int ShortestName = 4;

    public void Apply(ExtractionContext context)
    {
        if (context.DocumentKind != GenreVocabulary.PerformanceReport || context.Projects.Count != 1) return;
        var project = context.Projects[0];
        if (project.Has("budget_wan") || project.BudgetWan is not null) return;
        if (project.Name is not { } name || TextKey.Of(name) is not { Length: >= ShortestName } key || !ProjectNameRule.EndsAsFunds(key)) return;
        foreach (var item in context.ItemsOf(project).Where(i => !i.IsRow))
            foreach (var spelling in Spellings(key))
                if (AmountAfter(item.Text, spelling, project.Year) is { } amount)
                {
                    var (number, unit) = MoneyProseRule.NumberAndUnit(amount);
                    if (MoneyAssignment.Assign(project, MoneyRole.Budget, number, unit, item.Source(item.SentenceAt(amount.Index)))) return;
                }
    }

    /// <summary>The name as written, and with 资金 and 经费 exchanged: a report calls the same funds either way.</summary>
    private static IEnumerable<string> Spellings(string name)
    {
        yield return name;
        if (name.EndsWith("资金", StringComparison.Ordinal)) yield return name[..^2] + "经费";
        else if (name.EndsWith("经费", StringComparison.Ordinal)) yield return name[..^2] + "资金";
    }

    private static Match? AmountAfter(string text, string name, int? year)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            // "2020年X资金300万元" in a report on 2021: another year's funds.
            if (year is { } y && DatedYears.EndingAt(text, at) is { } dated && dated != y) continue;
            var start = at + name.Length;
            var joint = Joint().Match(text, start);
            var amount = MoneyProseRule.Amount().Match(text, start + joint.Length);
            if (amount.Success && amount.Index == start + joint.Length) return amount;
        }
        return null;
    }

    // What may stand between the name and its amount: a colon, 共/共计/合计, 为.
    [GeneratedRegex(@"\G\s*[:：]?\s*(?:共计|合计|共|为)?\s*")]
    private static partial Regex Joint();
}
