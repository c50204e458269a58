using System.CommandLine;
using ReportMiner.Cli.Rendering;
using ReportMiner.Store.Comparing;
using ReportMiner.Store.Exporting;
using ReportMiner.Store.Schema;

namespace ReportMiner.Cli.Commands;

/// <summary>
/// <c>reportminer compare (--category C | --indicator NAME | --budgets) [--cities ...] [--years ...] [--format ...] [--out FILE]</c>:
/// one row per city × year × project, duplicates across files collapsed.
/// </summary>
public static class CompareCommand
{
    public static Command Create()
    {
        var category = new Option<string?>("--category") { Description = "Indicator category, e.g. answer_rate." };
        var indicator = new Option<string?>("--indicator") { Description = "Indicator name or part of it, e.g. 接通率." };
        var budgets = new Option<bool>("--budgets") { Description = "Compare budget, actual spending and execution rate." };
        var cities = new Option<string[]>("--cities") { Description = "Cities, comma-separated (广州, 广州市 or Guangzhou).", AllowMultipleArgumentsPerToken = true };
        var years = new Option<string[]>("--years") { Description = "Years: 2021, 2019,2020 or 2019-2021.", AllowMultipleArgumentsPerToken = true };
        var format = StoreOptions.Format("table, csv, json or xlsx.", "table", "csv", "json", "xlsx");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };
        var db = StoreOptions.Database();
        var command = new Command("compare", "Compare an indicator or the money across cities and years.")
        {
            category, indicator, budgets, cities, years, format, output, db,
        };
        command.SetAction(result => CommandErrors.Guard(() =>
        {
            var query = new CompareQuery
            {
                Category = result.GetValue(category), Indicator = result.GetValue(indicator),
                Cities = StoreOptions.List(result.GetValue(cities)), Years = StoreOptions.Years(result.GetValue(years)),
            };
            var money = result.GetValue(budgets);
            if (money && (query.Category is not null || query.Indicator is not null))
                throw new Store.StoreException("--budgets compares money only; leave out --category and --indicator.");
            using var connection = StoreDatabase.OpenExisting(result.GetValue(db)!);
            var service = new CompareService(connection);
            var rows = money ? service.Budgets(query) : service.Indicators(query);
            SheetOutput.Write(ToSheet(rows, money), result.GetValue(format)!, result.GetValue(output), rows);
            return 0;
        }));
        return command;
    }

    private static Sheet ToSheet(IReadOnlyList<CompareRow> rows, bool money) => money
        ? new Sheet("budgets", ["city", "year", "project", "budget_wan", "actual_wan", "execution_rate_pct", "sources", "agreeing", "file"],
            rows.Select(r => new object?[] { r.City, r.Year, r.Project, r.BudgetWan, r.ActualWan, r.ExecutionRatePct, r.Sources, r.Agreeing, r.File }).ToArray())
        : new Sheet("compare",
            ["city", "year", "project", "indicator", "target", "actual", "met", "budget_wan", "actual_wan", "execution_rate_pct", "sources", "agreeing", "file"],
            rows.Select(r => new object?[]
            {
                r.City, r.Year, r.Project, r.Indicator, r.Target, r.Actual, r.Met, r.BudgetWan, r.ActualWan, r.ExecutionRatePct, r.Sources, r.Agreeing, r.File,
            }).ToArray());
}
