using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Money;

/// <summary>A budget amount stated in prose with the amounts a 其中 lists under it.</summary>
public sealed record StatedTotal(double Wan, IReadOnlyList<double> Parts, SourceRef Source);

/// <summary>
/// A prose budget that a later total of the same project encloses: "下达中央水利发展资金500万元" read first, then
/// "立项批复525.39万元，其中500万元为中央水利发展资金"; or "收到中央下达…资金1372.7万元" before "收到财政资金共2330.9万元，
/// 其中：中央资金1372.7万元…". The earlier figure is one share of the project's money, the enclosing total its budget.
/// </summary>
public static class EnclosingTotal
{
    private const double Tolerance = 0.005;

    public static void Prefer(ProjectDraft project, IReadOnlyList<StatedTotal> totals)
    {
        // Only a budget read from prose gives way: a table's budget row is the form's own figure.
        if (project.BudgetWan is not { } current || !project.Sources.TryGetValue("budget_wan", out var source) || source.Table is not null) return;
        var at = IndexOf(totals, current);
        if (at < 0) return;
        var chosen = totals[at];
        for (var k = at + 1; k < totals.Count; k++)
            if (totals[k].Wan > chosen.Wan && Encloses(totals[k], chosen)) chosen = totals[k];
        if (ReferenceEquals(chosen, totals[at])) return;
        project.BudgetWan = Math.Round(chosen.Wan, 6);
        project.Reclaim("budget_wan", chosen.Source);
    }

    private static int IndexOf(IReadOnlyList<StatedTotal> totals, double wan)
    {
        for (var k = 0; k < totals.Count; k++)
            if (Same(totals[k].Wan, wan)) return k;
        return -1;
    }

    /// <summary>The later total lists the earlier one, or one of the earlier one's own parts, among its parts.</summary>
    private static bool Encloses(StatedTotal later, StatedTotal earlier) =>
        later.Parts.Any(p => Same(p, earlier.Wan) || earlier.Parts.Any(q => Same(p, q)));

    private static bool Same(double a, double b) => Math.Abs(a - b) < Tolerance;
}
