namespace ReportMiner.Extraction.Money;

/// <summary>What a money figure or rate in a report stands for, as far as the project fields go.</summary>
public enum MoneyRole
{
    None,
    Budget,
    /// <summary>年初预算数: the budget as first approved.</summary>
    BudgetInitial,
    /// <summary>全年预算数 / 调整后预算数: the full-year budget, the execution rate's denominator.</summary>
    BudgetAdjusted,
    Actual,
    ExecutionRate,
}
