using System.Globalization;
using System.Text.RegularExpressions;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Money;

/// <summary>Writes a money role's value into a project, once per field.</summary>
public static partial class MoneyAssignment
{
    public static bool Assign(ProjectDraft project, MoneyRole role, string valueText, MoneyUnit unit, SourceRef source)
    {
        switch (role)
        {
            case MoneyRole.Budget when MoneyParser.TryParseWan(valueText, unit, out var wan) && wan > 0:
                if (!project.Claim("budget_wan", source)) return false;
                project.BudgetWan = Math.Round(wan, 6);
                return true;
            case MoneyRole.BudgetInitial when MoneyParser.TryParseWan(valueText, unit, out var wan) && wan > 0:
                if (!project.Claim("budget_initial_wan", source)) return false;
                project.BudgetInitialWan = Math.Round(wan, 6);
                return true;
            case MoneyRole.BudgetAdjusted when MoneyParser.TryParseWan(valueText, unit, out var wan) && wan > 0:
                if (!project.Claim("budget_adjusted_wan", source)) return false;
                project.BudgetAdjustedWan = Math.Round(wan, 6);
                return true;
            case MoneyRole.Actual when MoneyParser.TryParseWan(valueText, unit, out var wan) && wan >= 0:
                if (!project.Claim("actual_wan", source)) return false;
                project.ActualWan = Math.Round(wan, 6);
                return true;
            case MoneyRole.ExecutionRate when Percent(valueText) is { } pct:
                if (!project.Claim("execution_rate_pct", source)) return false;
                project.ExecutionRatePct = pct;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Whether the project still lacks the field a role fills.</summary>
    public static bool Open(ProjectDraft project, MoneyRole role) => role switch
    {
        MoneyRole.Budget => !project.Has("budget_wan"),
        MoneyRole.BudgetInitial => !project.Has("budget_initial_wan"),
        MoneyRole.BudgetAdjusted => !project.Has("budget_adjusted_wan"),
        MoneyRole.Actual => !project.Has("actual_wan"),
        MoneyRole.ExecutionRate => !project.Has("execution_rate_pct"),
        _ => false,
    };

    public static double? Percent(string text)
    {
        var m = PercentValue().Match(TextKey.Of(text));
        return m.Success ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^(?:约|为|达)?(\d+(?:\.\d+)?)%$")]
    private static partial Regex PercentValue();
}
