namespace ReportMiner.Store.Comparing;

/// <summary>Collapses the copies of each report (same <see cref="ComparisonKey"/>) to one compare row.</summary>
internal static class CandidateCollapse
{
    public static IEnumerable<(ComparisonKey Key, CompareRow Row)> Collapse(IEnumerable<CandidateRow> rows) => rows
        .GroupBy(r => r.Key)
        .Select(group =>
        {
            // The most complete version wins; among equally complete ones, the one most other sources agree with.
            var versions = group.ToArray();
            var best = versions.OrderByDescending(r => r.Completeness).ThenByDescending(r => versions.Count(r.AgreesWith))
                .ThenBy(r => r.File, StringComparer.Ordinal).First();
            var rate = best.ExecutionRatePct ?? (best.BudgetWan is > 0 && best.ActualWan is not null
                ? Math.Round(best.ActualWan.Value / best.BudgetWan.Value * 100, 2) : null);
            return (group.Key, new CompareRow(best.City, best.Year, best.Project, best.Indicator, best.Target, best.TargetValue, best.Actual,
                best.ActualValue, best.Met, best.BudgetWan, best.ActualWan, rate, versions.Length, versions.Count(r => r.AgreesWith(best)), best.File,
                group.Key.ReportKind));
        });
}
