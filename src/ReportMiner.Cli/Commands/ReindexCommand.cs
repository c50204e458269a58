using System.CommandLine;
using System.Diagnostics;
using ReportMiner.Store.Data;
using ReportMiner.Store.Indexing;
using ReportMiner.Store.Schema;

namespace ReportMiner.Cli.Commands;

/// <summary><c>reportminer reindex [--db]</c>: rebuilds the search index from the store (it is derived; deleting it loses nothing).</summary>
public static class ReindexCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Database();
        var command = new Command("reindex", "Rebuild the search index from the store.") { db };
        command.SetAction(result => CommandErrors.Guard(() =>
        {
            using var connection = StoreDatabase.OpenExisting(result.GetValue(db)!);
            var clock = Stopwatch.StartNew();
            var index = StoreIndex.Rebuild(connection);
            Console.Out.WriteLine($"indexed {index.Indicators} indicators and {index.Pages} pages in {clock.Elapsed.TotalSeconds:F1} s " +
                                  $"into {StoreLocation.Of(connection).IndexDirectory}");
            return 0;
        }));
        return command;
    }
}
