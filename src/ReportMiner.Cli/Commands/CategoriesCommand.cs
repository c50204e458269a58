using System.CommandLine;
using ReportMiner.Cli.Rendering;
using ReportMiner.Extraction.Taxonomy;
using ReportMiner.Store.Exporting;

namespace ReportMiner.Cli.Commands;

/// <summary><c>reportminer categories</c>: the indicator categories --category accepts, with example keywords.</summary>
public static class CategoriesCommand
{
    public static Command Create()
    {
        var format = StoreOptions.Format("table, csv or json.", "table", "csv", "json");
        var command = new Command("categories", "List the indicator categories (for --category).") { format };
        command.SetAction(result => CommandErrors.Guard(() =>
        {
            var categories = IndicatorTaxonomy.Default.Categories;
            var sheet = new Sheet("categories", ["key", "label", "keywords"],
                categories.Select(c => new object?[] { c.Key, c.Label, string.Join(" ", c.Keywords.Take(5)) }).ToArray());
            SheetOutput.Write(sheet, result.GetValue(format)!, null, categories);
            return 0;
        }));
        return command;
    }
}
