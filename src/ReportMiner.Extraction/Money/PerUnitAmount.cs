using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Money;

/// <summary>
/// An amount given per person, household, village or mu ("按人口数10元每户拨付", "400元/人", "每村每年补助4400元") is a
/// standard rate: the project's budget or spending is never one of these.
/// </summary>
public static class PerUnitAmount
{
    private static readonly string[] Units = EmbeddedData.Lines("Money.Data.per-unit.tsv").Select(l => l.Trim()).ToArray();

    private const int MostAfter = 6;

    /// <param name="clause">The words of the amount's clause before it, as a text key.</param>
    /// <param name="text">The amount's text.</param>
    /// <param name="end">Where in <paramref name="text"/> the amount's unit ends: the per-unit words follow right after.</param>
    public static bool Is(string clause, string text, int end)
    {
        var key = TextKey.Of(text[end..Math.Min(text.Length, end + MostAfter)]);
        if (key.Length > 1 && key[0] is '每' or '/' && PerUnitWord(key.AsSpan(1))) return true;
        for (var at = clause.IndexOf('每'); at >= 0; at = clause.IndexOf('每', at + 1))
            if (PerUnitWord(clause.AsSpan(at + 1))) return true;
        return false;
    }

    /// <remarks>
    /// 个 is a measure word: "每个村" is per village and "每个月" per month (a rate, as 每月 is), but "每个年度" is per
    /// year, which may be the year's whole budget. Only 年度: "每个年级" is per grade, a rate like any other.
    /// </remarks>
    private static bool PerUnitWord(ReadOnlySpan<char> after)
    {
        if (after.StartsWith(EachYear, StringComparison.Ordinal)) return false;
        foreach (var unit in Units)
            if (after.StartsWith(unit, StringComparison.Ordinal)) return true;
        return false;
    }

    private const string EachYear = "个年度";
}
