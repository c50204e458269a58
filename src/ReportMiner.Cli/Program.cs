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
// A run names one command: only that one is built, except for completion (which lists them all) and a first word that
// names none (help, errors). Building all sixteen JIT-compiled their options, arguments and actions on every run.
if (args is [var first, ..] && first != "completion" && CommandCatalog.Create(first, root) is { } named) root.Subcommands.Add(named);
else
    foreach (var name in CommandCatalog.Names) root.Subcommands.Add(CommandCatalog.Create(name, root)!);

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
