using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Money;

/// <summary>Reads a label or column header ("年度预算数", "实际支出资金(万元)", "支出实现率") as a money role.</summary>
public static class MoneyLabels
{
    private static readonly ILookup<string, string> Cues = EmbeddedData.Lines("Money.Data.money-labels.tsv")
        .Select(l => l.Split('\t')).Where(f => f.Length == 2).ToLookup(f => f[0], f => f[1].Trim());

    private static readonly string[] NotThisYear = KindCues("not-this-year");
    private static readonly string[] Rate = KindCues("rate");
    private static readonly string[] Actual = KindCues("actual");
    private static readonly string[] Budget = KindCues("budget");
    private static readonly string[] Initial = KindCues("initial");
    private static readonly string[] Adjusted = KindCues("adjusted");
    private static readonly string[] OtherYear = KindCues("other-year");
    private static readonly string[] MoneyWords = KindCues("money-word");

    /// <summary>The kinds that only help tell a column of another year's money; they name no figure of their own.</summary>
    private static readonly string[] HelperKinds = ["other-year", "money-word"];

    private static string[] KindCues(string kind) => Cues[kind].ToArray() is { Length: > 0 } cues
        ? cues
        : throw new InvalidOperationException($"money-labels.tsv has no cues of kind '{kind}'.");

    /// <summary>Every cue word of every kind, for finding the column headings of a money table glued into a paragraph.</summary>
    public static IReadOnlyList<string> AllCues { get; } =
        Cues.Where(g => !HelperKinds.Contains(g.Key)).SelectMany(g => g).Distinct().ToArray();

    public static MoneyRole Of(string label)
    {
        var key = TextKey.Of(label);
        if (key.Length == 0 || key.Length > 30) return MoneyRole.None;
        if (BudgetKind(key) is { } kind && !key.Contains("执行") && !key.Contains("支出数")) return kind;
        if (NotThisYear.Any(key.Contains) || key.Contains("调整后")) return MoneyRole.None;
        if (Rate.Any(key.Contains)) return MoneyRole.ExecutionRate;
        // "预算执行(E/C×100%)": a column named by its percentage formula over the spending is the execution rate.
        if (key.Contains("100%") && (key.Contains("执行") || key.Contains("支出"))) return MoneyRole.ExecutionRate;
        if (key.EndsWith('率')) return MoneyRole.None;
        if (Actual.Any(key.Contains)) return MoneyRole.Actual;
        if (Budget.Any(key.Contains)) return MoneyRole.Budget;
        return MoneyRole.None;
    }

    /// <summary>
    /// A column of another year's money ("上年度预算安排", "上年度实际执行"): read for no field, yet a row naming it beside
    /// this year's budget ("本年度申请金额") is a header of money columns, not a label with its value to the right.
    /// </summary>
    public static bool NamesOtherYearMoney(string label)
    {
        var key = TextKey.Of(label);
        return key.Length is > 0 and <= 30 && Of(label) == MoneyRole.None && OtherYear.Any(key.Contains) && MoneyWords.Any(key.Contains);
    }

    /// <summary>年初预算 (as first approved) or 全年/调整后预算 (the full year's); null for any other words.</summary>
    public static MoneyRole? BudgetKind(string key)
    {
        if (Initial.Any(key.Contains)) return MoneyRole.BudgetInitial;
        if (Adjusted.Any(key.Contains)) return MoneyRole.BudgetAdjusted;
        return null;
    }
}
