using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Money;

/// <summary>Reads a label or column header ("年度预算数", "实际支出资金(万元)", "支出实现率") as a money role.</summary>
public static class MoneyLabels
{
    private static readonly string[] NotThisYear = ["上年", "去年", "上一年", "以前年度", "结转", "结余", "到位", "分值", "得分", "权重", "调整前"];
    private static readonly string[] Rate = ["执行率", "支出实现率", "预算完成率", "支出率", "支出进度", "执行进度", "支付完成率"];
    private static readonly string[] Actual = ["实际支出", "支出数", "执行数", "预算完成数", "实际完成数", "决算数", "实际使用", "已支出", "实际投入", "支出金额", "实际到位并支出", "执行资金"];
    private static readonly string[] Budget = ["当年预算", "年度预算", "预算安排", "预算资金", "全年预算", "预算数", "预算金额", "年初预算", "支出预算", "项目总预算", "预算总额", "预算额", "批复金额", "年度资金总额", "资金总额", "资金额度"];
    private static readonly string[] Initial = ["年初预算", "年初批复", "年初安排"];
    private static readonly string[] Adjusted = ["全年预算", "调整后预算", "调整预算", "调整后的预算", "预算调整后", "调整后全年预算", "调整后批复"];

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

    /// <summary>年初预算 (as first approved) or 全年/调整后预算 (the full year's); null for any other words.</summary>
    public static MoneyRole? BudgetKind(string key)
    {
        if (Initial.Any(key.Contains)) return MoneyRole.BudgetInitial;
        if (Adjusted.Any(key.Contains)) return MoneyRole.BudgetAdjusted;
        return null;
    }
}
