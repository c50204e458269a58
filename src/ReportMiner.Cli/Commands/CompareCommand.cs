using System.CommandLine;
using ReportMiner.Cli.Rendering;
using ReportMiner.Extraction.Taxonomy;
using ReportMiner.Store.Comparing;
using ReportMiner.Store.Exporting;
using ReportMiner.Store.Schema;
using ReportMiner.Store.Statistics;

namespace ReportMiner.Cli.Commands;

/// <summary>
/// <c>reportminer compare (--category C | --indicator NAME | --budgets) [--cities ...] [--years ...] [--format ...] [--out FILE]</c>:
/// one row per city × year × project × report kind, duplicates across files collapsed.
/// </summary>
public static class CompareCommand
{
    public static Command Create()
    {
        var category = new Option<string?>("--category") { Description = "Indicator category, e.g. answer_rate ('reportminer categories' lists them)." };
        var indicator = new Option<string?>("--indicator") { Description = "Indicator name or part of it, e.g. 接通率." };
        var budgets = new Option<bool>("--budgets") { Description = "Compare budget, actual spending and execution rate." };
        var cities = new Option<string[]>("--cities") { Description = "Cities, comma-separated (广州, 广州市 or Guangzhou).", AllowMultipleArgumentsPerToken = true };
        var years = new Option<string[]>("--years") { Description = "Years: 2021, 2019,2020 or 2019-2021.", AllowMultipleArgumentsPerToken = true };
        var format = StoreOptions.Format("table, csv, json or xlsx.", "table", "csv", "json", "xlsx");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };
        var (wide, columns) = (TableOptions.Wide(), TableOptions.Columns());
        var db = StoreOptions.Database();
        var command = new Command("compare", "Compare an indicator or the money across cities and years.")
        {
            category, indicator, budgets, cities, years, format, output, wide, columns, db,
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
            new KnownValues(connection).Check(query.Cities, query.Years);
            var service = new CompareService(connection);
            var rows = money ? service.Budgets(query) : service.Indicators(query);
            // Only a comparison without rows can come from a misspelt category: the taxonomy, which costs a short run a
            // sixth of its CPU to load, is read only then.
            if (rows.Count == 0 && query.Category is not null) CheckCategory(query.Category);
            var sheet = ToSheet(rows, money);
            if (result.GetValue(format) == "table" && result.GetValue(output) is null)
                FittedTable.Write(Terminal.Out, sheet, money ? BudgetLayout : IndicatorLayout, TableOptions.Choice(result, wide, columns));
            else
                SheetOutput.Write(sheet, result.GetValue(format)!, result.GetValue(output), rows);
            return 0;
        }));
        return command;
    }

    private static void CheckCategory(string category)
    {
        var keys = IndicatorTaxonomy.Default.Keys.ToList();
        if (!keys.Contains(category))
            throw new Store.StoreException($"Unknown category '{category}'. The categories are: {string.Join(", ", keys)} ('reportminer categories' describes them).");
    }

    /// <summary>What a reader compares first stays longest: place, year, the indicator against its target.</summary>
    private static readonly ConsoleColumn[] IndicatorLayout =
    [
        new("city", 1, false, r => r.Text("city")),
        new("year", 1, false, r => r.Text("year")),
        new("indicator", 2, true, r => r.Text("indicator")),
        new("target", 2, false, r => r.Text("target")),
        new("actual", 2, false, r => r.Text("actual")),
        new("met", 3, false, r => r.Text("met")),
        new("project", 4, true, r => r.Text("project")),
        new("exec%", 5, false, r => r.Text("execution_rate_pct")),
        new("budget", 6, false, r => r.Text("budget_wan")),
        new("spent", 6, false, r => r.Text("actual_wan")),
        new("copies", 7, false, Copies),
        new("file", 8, true, r => r.FileName("file")),
        new("kind", 9, false, r => r.Text("report_kind")),
    ];

    private static readonly ConsoleColumn[] BudgetLayout =
    [
        new("city", 1, false, r => r.Text("city")),
        new("year", 1, false, r => r.Text("year")),
        new("project", 2, true, r => r.Text("project")),
        new("budget", 2, false, r => r.Text("budget_wan")),
        new("spent", 2, false, r => r.Text("actual_wan")),
        new("exec%", 3, false, r => r.Text("execution_rate_pct")),
        new("copies", 4, false, Copies),
        new("file", 5, true, r => r.FileName("file")),
        new("kind", 6, false, r => r.Text("report_kind")),
    ];

    /// <summary>"agreeing/copies": how many imported copies of the report say what the row says.</summary>
    private static string Copies(SheetRow r) => $"{r.Text("agreeing")}/{r.Text("sources")}";

    private static Sheet ToSheet(IReadOnlyList<CompareRow> rows, bool money) => money
        ? new Sheet("budgets", ["city", "year", "project", "budget_wan", "actual_wan", "execution_rate_pct", "sources", "agreeing", "file", "report_kind"],
            rows.Select(r => new object?[] { r.City, r.Year, r.Project, r.BudgetWan, r.ActualWan, r.ExecutionRatePct, r.Sources, r.Agreeing, r.File, r.ReportKind }).ToArray())
        : new Sheet("compare",
            ["city", "year", "project", "indicator", "target", "actual", "met", "budget_wan", "actual_wan", "execution_rate_pct", "sources", "agreeing", "file", "report_kind"],
            rows.Select(r => new object?[]
            {
                r.City, r.Year, r.Project, r.Indicator, r.Target, r.Actual, r.Met, r.BudgetWan, r.ActualWan, r.ExecutionRatePct, r.Sources, r.Agreeing, r.File, r.ReportKind,
            }).ToArray());
}
