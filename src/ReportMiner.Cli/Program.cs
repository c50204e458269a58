using System.CommandLine;
using System.Text;
using ReportMiner.Cli.Commands;

Console.OutputEncoding = Encoding.UTF8;

// A worker is started as exactly `reportminer worker`; it skips building and parsing the command tree, which every
// worker would otherwise compile again beside its parent.
if (args is ["worker"]) return WorkerCommand.Run();

var root = new RootCommand("""
    ReportMiner: structured data from Chinese budget-performance reports.

    Exit codes: 0 done; 1 some inputs failed or a file could not be written; 2 usage error (a wrong option,
    an unknown category, city or year, no store); 130 cancelled.
    """);
// Commands are registered here, one line each.
root.Subcommands.Add(ParseCommand.Create());
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(TrainCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(SearchCommand.Create());
root.Subcommands.Add(CompareCommand.Create());
root.Subcommands.Add(ShowCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(StatsCommand.Create());
root.Subcommands.Add(CopyCommand.Create());
root.Subcommands.Add(ReindexCommand.Create());
root.Subcommands.Add(CategoriesCommand.Create());
root.Subcommands.Add(CompletionCommand.Create(root));
root.Subcommands.Add(WorkerCommand.Create());
root.Subcommands.Add(ServeCommand.Create());

var verbose = new Option<bool>("--verbose")
{
    Description = "Say on standard error which worker reads the files (the native reportminer-worker or this program) and why.",
    Recursive = true,
};
root.Options.Add(verbose);

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine($"error: {error.Message}");
    Console.Error.WriteLine("Run 'reportminer --help' for usage.");
    return 2;
}
NativeWorker.Verbose = parsed.GetValue(verbose);
return parsed.Invoke();
