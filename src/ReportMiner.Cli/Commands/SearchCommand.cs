using System.CommandLine;
using ReportMiner.Cli.Rendering;
using ReportMiner.Store.Exporting;
using ReportMiner.Store.Schema;
using ReportMiner.Store.Searching;
using Spectre.Console;

namespace ReportMiner.Cli.Commands;

/// <summary><c>reportminer search QUERY [--city] [--year] [--category] [--limit] [--format table|json|csv]</c>.</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string[]>("query") { Description = "Words to find (all must occur); any length, simplified or traditional.", Arity = ArgumentArity.OneOrMore };
        var city = new Option<string?>("--city") { Description = "Only this city (广州, 广州市 or Guangzhou)." };
        var year = new Option<int?>("--year") { Description = "Only this year." };
        var category = new Option<string?>("--category") { Description = "Only this indicator category, e.g. answer_rate." };
        var kind = new Option<string?>("--report-kind") { Description = "Only this report kind, e.g. self_evaluation." };
        var limit = new Option<int>("--limit") { Description = "Most hits to show.", DefaultValueFactory = _ => 20 };
        var format = StoreOptions.Format("table, json or csv.", "table", "json", "csv");
        var db = StoreOptions.Database();
        var command = new Command("search", "Find indicators (and document text) in the store.") { query, city, year, category, kind, limit, format, db };
        command.SetAction(result => CommandErrors.Guard(() =>
        {
            var search = new SearchQuery(string.Join(' ', result.GetValue(query)!))
            {
                City = result.GetValue(city), Year = result.GetValue(year), Category = result.GetValue(category), ReportKind = result.GetValue(kind), Limit = result.GetValue(limit),
            };
            using var connection = StoreDatabase.OpenExisting(result.GetValue(db)!);
            return Print(new SearchService(connection).Search(search), result.GetValue(format)!);
        }));
        return command;
    }

    private static int Print(SearchResult result, string format)
    {
        var sheet = new Sheet("hits",
            ["city", "year", "project", "level1", "level2", "indicator", "category", "target", "actual", "met", "file", "page", "copies"],
            result.Indicators.Select(h => new object?[]
            {
                h.City, h.Year, h.Project, h.Level1, h.Level2, h.Indicator, h.Category, h.Target, h.Actual, h.Met, h.File, h.Page, h.Copies,
            }).ToArray());
        if (format != "table")
        {
            SheetOutput.Write(sheet, format, null, new { result.Indicators, result.Pages, result.TotalIndicators, result.Facets });
            return 0;
        }
        if (result.Indicators.Count == 0 && result.Pages.Count == 0)
        {
            Console.Out.WriteLine("No matches.");
            return 0;
        }
        if (result.Indicators.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var column in new[] { "City", "Year", "Project", "Indicator", "Target", "Actual", "Met", "File (page)" }) table.AddColumn(column);
            foreach (var h in result.Indicators)
                table.AddRow(Safe(h.City), h.Year?.ToString() ?? "", Highlighter.Markup(h.Project, result.Terms),
                    Safe(string.Join(" › ", new[] { h.Level1, h.Level2 }.Where(l => l is not null))) + (h.Level1 is null ? "" : " › ")
                        + Highlighter.Markup(h.Indicator, result.Terms),
                    Safe(h.Target), Safe(h.Actual), SheetOutput.Show(h.Met),
                    Safe($"{Path.GetFileName(h.File)} (p.{h.Page?.ToString() ?? "?"})" + (h.Copies > 1 ? $" +{h.Copies - 1} copies" : "")));
            Terminal.Out.Write(table);
        }
        Terminal.Out.MarkupLine(Markup.Escape($"{result.TotalIndicators} indicator entries matched; by city: " +
            string.Join(", ", result.Facets.GetValueOrDefault("city", []).Take(8).Select(c => $"{c.Key} {c.Count}")) + "; by year: " +
            string.Join(", ", result.Facets.GetValueOrDefault("year", []).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Count}"))));
        foreach (var page in result.Pages)
            Terminal.Out.MarkupLine($"{Safe(Path.GetFileName(page.File))} p.{page.Page}: {Highlighter.Markup(page.Snippet, result.Terms)}");
        return 0;
    }

    private static string Safe(string? text) => Markup.Escape(InertText.ForTerminal(text ?? ""));
}
