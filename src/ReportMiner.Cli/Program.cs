using System.CommandLine;
using System.Text;
using ReportMiner.Cli.Commands;

Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("ReportMiner: structured data from Chinese budget-performance reports.");
// Commands are registered here, one line each.
root.Subcommands.Add(ParseCommand.Create());
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(TrainCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(SearchCommand.Create());
root.Subcommands.Add(CompareCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(StatsCommand.Create());
root.Subcommands.Add(ServeCommand.Create());

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine($"error: {error.Message}");
    Console.Error.WriteLine("Run 'reportminer --help' for usage.");
    return 2;
}
return parsed.Invoke();
