using System.CommandLine;
using ReportMiner.Store.Copying;
using ReportMiner.Store.Data;

namespace ReportMiner.Cli.Commands;

/// <summary><c>reportminer copy --from A --to B</c>: moves an archive between stores (SQLite ↔ PostgreSQL), counts checked.</summary>
public static class CopyCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "The store to read: a file or a postgresql:// address.", Required = true };
        var to = new Option<string>("--to") { Description = "The store to write (created or migrated as needed).", Required = true };
        var command = new Command("copy", "Copy every document of one store into another, of either engine; row counts are checked at the end.") { from, to };
        command.SetAction(result => CommandErrors.Guard(() =>
        {
            var target = StoreLocation.Parse(result.GetValue(to)!).Display;
            var summary = StoreCopy.Run(result.GetValue(from)!, result.GetValue(to)!,
                new Progress<(int Done, int Total)>(p => Console.Error.Write($"\r{p.Done}/{p.Total} documents")));
            Console.Error.WriteLine();
            var c = summary.Copied;
            Console.Out.WriteLine($"copied {summary.Documents} documents to {target} ({summary.AlreadyPresent} already there): " +
                                  $"{c.Projects} projects, {c.Indicators} indicators, {c.Pages} pages; counts match the source.");
            return 0;
        }));
        return command;
    }
}
