using System.Globalization;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Money;

/// <summary>
/// "某县民族体育场于2013年建成，投资总额1631万元" in a report on 2020 (R616): an amount whose words date it to another
/// year than the report's is that year's money — what the works cost when built, what an earlier year was given — not
/// the budget the report accounts for. A budget so dated ("2018年度…专项资金预算金额为5万元", R513) is the report's own
/// where the report's year was misread from a page's title; it is another year's only where its sentence sets the
/// report's year beside it ("2023年度…预算安排的衔接资金为64万元，2024年度…为76万元", R238). Words that also name the
/// report's year, or a year the project's own name carries, keep the amount.
/// </summary>
internal static class OtherYearsMoney
{
    /// <summary>Whether the words of the amount at <paramref name="at"/>, after the amount before it (<paramref name="floor"/>), date it to another year.</summary>
    public static bool Dates(ProjectDraft project, string text, int floor, int at, int end)
    {
        if (project.Year is not { } year || at <= floor) return false;
        var words = text[MoneyProseRule.SentenceStart(text, at, ['。', '；', ';', '\n'], floor)..at];
        var years = DatedYears.In(words);
        if (years.Count == 0 || years.Contains(year)) return false;
        var name = project.Name ?? string.Empty;
        if (years.Any(y => name.Contains(y.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))) return false;
        if (!words.Contains("预算", StringComparison.Ordinal)) return true;
        return DatedYears.In(text[end..MoneyProseRule.SentenceEnd(text, end)]).Contains(year);
    }
}
