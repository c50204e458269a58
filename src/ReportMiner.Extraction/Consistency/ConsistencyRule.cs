using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Consistency;

/// <summary>
/// Cross-checks that turn into warnings, never corrections: execution rate against actual/budget, indicator
/// scores against their weights and the stated total, and the grade against its usual score band.
/// </summary>
public sealed class ConsistencyRule : IExtractionRule
{
    private const double RateTolerancePct = 1.0;
    private const double ScoreTolerance = 0.05;

    public void Apply(ExtractionContext context)
    {
        foreach (var project in context.Projects)
        {
            CheckExecutionRate(project);
            CheckIndicatorScores(project);
            CheckGrade(project);
        }
    }

    private static void CheckExecutionRate(ProjectDraft p)
    {
        if (p.BudgetWan is not { } budget || p.ActualWan is not { } actual || p.ExecutionRatePct is not { } rate || budget <= 0) return;
        var computed = actual / budget * 100;
        if (Math.Abs(computed - rate) > RateTolerancePct)
            p.Warnings.Add($"execution_rate_pct {rate}% differs from actual/budget = {computed:0.##}%");
    }

    private static void CheckIndicatorScores(ProjectDraft p)
    {
        foreach (var i in p.Indicators.Where(i => i.Score is { } s && i.Weight is { } w && s > w + ScoreTolerance))
            p.Warnings.Add($"indicator '{i.Name}': score {i.Score} exceeds its weight {i.Weight}");
        var scored = p.Indicators.Where(i => i.Score is not null).ToList();
        if (scored.Count == 0) return;
        var sum = scored.Sum(i => i.Score!.Value);
        var weights = p.Indicators.Where(i => i.Weight is not null).Sum(i => i.Weight!.Value);
        var total = p.StatedIndicatorTotal ?? p.Score;
        if (total is not { } t) return;
        // Budget-execution points are often scored outside the indicator table, so a sum below the total is normal
        // unless the weights already make up the whole 100.
        if (sum > t + ScoreTolerance || (Math.Abs(weights - 100) < ScoreTolerance && Math.Abs(sum - t) > ScoreTolerance))
            p.Warnings.Add($"indicator scores sum to {sum:0.##} but the stated total is {t:0.##}");
    }

    private static void CheckGrade(ProjectDraft p)
    {
        if (p.Grade is null || p.Score is not { } s) return;
        (double Low, double High)? band = p.Grade switch
        {
            "优秀" => (90, 100.0001),
            "良好" => (80, 90),
            "合格" or "中等" or "中" => (60, 80),
            "不合格" or "差" or "较差" => (0, 60),
            _ => null,
        };
        if (band is { } b && (s < b.Low || s >= b.High))
            p.Warnings.Add($"grade {p.Grade} does not match score {s} (usual band {b.Low}–{Math.Floor(b.High)})");
    }
}
