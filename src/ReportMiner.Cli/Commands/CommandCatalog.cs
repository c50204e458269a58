using System.CommandLine;

namespace ReportMiner.Cli.Commands;

/// <summary>The program's commands by name, in the order help lists them; each built only when asked for.</summary>
internal static class CommandCatalog
{
    public static readonly string[] Names =
    [
        "parse", "extract", "eval", "train", "import", "search", "compare", "show", "export", "stats", "copy", "reindex",
        "categories", "completion", "worker", "serve",
    ];

    /// <summary>The command called <paramref name="name"/>, or null; completion describes <paramref name="root"/>.</summary>
    public static Command? Create(string name, RootCommand root) => name switch
    {
        "parse" => ParseCommand.Create(),
        "extract" => ExtractCommand.Create(),
        "eval" => EvalCommand.Create(),
        "train" => TrainCommand.Create(),
        "import" => ImportCommand.Create(),
        "search" => SearchCommand.Create(),
        "compare" => CompareCommand.Create(),
        "show" => ShowCommand.Create(),
        "export" => ExportCommand.Create(),
        "stats" => StatsCommand.Create(),
        "copy" => CopyCommand.Create(),
        "reindex" => ReindexCommand.Create(),
        "categories" => CategoriesCommand.Create(),
        "completion" => CompletionCommand.Create(root),
        "worker" => WorkerCommand.Create(),
        "serve" => ServeCommand.Create(),
        _ => null,
    };
}
