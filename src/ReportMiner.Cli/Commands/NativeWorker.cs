using System.Diagnostics;
using ReportMiner.Store.Isolation;

namespace ReportMiner.Cli.Commands;

/// <summary>
/// The natively compiled worker (<c>reportminer-worker</c>, tools/publish-worker.sh) when it sits beside this program and
/// says, in its hello line, that it was compiled from the same libraries as this program (<see cref="CodeIdentity"/>): it
/// starts in milliseconds with nothing to JIT. File times cannot tell: a build after the publish makes identical
/// libraries newer, and a copy makes a stale worker look new. Otherwise, and with REPORTMINER_WORKER=managed, workers
/// are this program in worker mode; with --verbose the choice and its reason are said once on standard error.
/// </summary>
internal static class NativeWorker
{
    public const string FileName = "reportminer-worker";
    public const string ChoiceVariable = "REPORTMINER_WORKER";

    // A native worker says hello within milliseconds; the bound only keeps a hung program from stalling the run.
    private static readonly TimeSpan HandshakeLimit = TimeSpan.FromSeconds(20);

    private static readonly Lazy<WorkerChoice> LazyChoice = new(() =>
    {
        var choice = Environment.GetEnvironmentVariable(ChoiceVariable) == "managed"
            ? new WorkerChoice(null, $"workers: managed ({ChoiceVariable}=managed)")
            : Choose(System.IO.Path.Combine(AppContext.BaseDirectory, FileName), CodeIdentity.Value, HandshakeLimit);
        if (Verbose) Console.Error.WriteLine(choice.Reason);
        return choice;
    });

    /// <summary>Set by --verbose.</summary>
    public static bool Verbose { get; set; }

    /// <summary>The native worker to start, or null for the managed one.</summary>
    public static string? Path => LazyChoice.Value.Native;

    /// <summary>Whether the worker program at <paramref name="candidate"/> was compiled from <paramref name="identity"/>.</summary>
    public static WorkerChoice Choose(string candidate, string identity, TimeSpan limit)
    {
        if (!File.Exists(candidate))
            return new(null, $"workers: managed ({FileName} is not beside this program; tools/publish-worker.sh compiles it)");
        var (said, problem) = WorkerHandshake.Ask(new ProcessStartInfo(candidate), limit);
        if (said == identity) return new(candidate, $"workers: native ({candidate}, compiled from {identity})");
        var why = said is null ? problem : $"it was compiled from {said}";
        return new(null, $"workers: managed, not {candidate}: {why}; this program was compiled from {identity}. " +
            "Run tools/publish-worker.sh and build again to use the native worker.");
    }
}

/// <summary>Which worker reads files: <paramref name="Native"/> (null: the managed one), and why.</summary>
internal sealed record WorkerChoice(string? Native, string Reason);
