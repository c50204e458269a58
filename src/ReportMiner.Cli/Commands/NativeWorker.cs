using ReportMiner.Documents.Model;
using ReportMiner.Extraction;
using ReportMiner.Parsing.Pipeline;
using ReportMiner.Store.Isolation;

namespace ReportMiner.Cli.Commands;

/// <summary>
/// The natively compiled worker (<c>reportminer-worker</c>, tools/publish-worker.sh) when it sits beside this program and
/// was compiled from the code this program runs: it starts in milliseconds with nothing to JIT. Otherwise, and with
/// REPORTMINER_WORKER=managed, workers are this program in worker mode.
/// </summary>
internal static class NativeWorker
{
    public const string FileName = "reportminer-worker";
    public const string ChoiceVariable = "REPORTMINER_WORKER";

    private static readonly Lazy<string?> LazyPath = new(Find);

    /// <summary>The native worker to start, or null for the managed one.</summary>
    public static string? Path => LazyPath.Value;

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable(ChoiceVariable) == "managed") return null;
        var path = System.IO.Path.Combine(AppContext.BaseDirectory, FileName);
        if (!File.Exists(path)) return null;
        // A build since the worker was published leaves assemblies newer than it: it would read with older code.
        var published = File.GetLastWriteTimeUtc(path);
        Type[] compiledIn = [typeof(Document), typeof(DefaultDocumentReader), typeof(RuleBasedExtractor), typeof(WorkerHost)];
        return compiledIn.Any(t => File.GetLastWriteTimeUtc(t.Assembly.Location) > published) ? null : path;
    }
}
