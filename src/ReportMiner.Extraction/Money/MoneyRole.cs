namespace ReportMiner.Extraction.Money;

/// <summary>What a money figure or rate in a report stands for, as far as the project fields go.</summary>
public enum MoneyRole
{
    None,
    Budget,
    Actual,
    ExecutionRate,
}
