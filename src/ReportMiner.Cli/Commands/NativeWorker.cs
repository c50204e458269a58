using System.Diagnostics;
using ReportMiner.Store.Isolation;

namespace ReportMiner.Cli.Commands;

/// <summary>
/// The natively compiled worker (<c>reportminer-worker</c>, tools/publish-worker.sh) when it sits beside this program and
/// says, in its hello line, that it was compiled from the same libraries as this program (<see cref="CodeIdentity"/>): it
/// starts in milliseconds with nothing to JIT. File times cannot tell: a build after the publish makes identical
/// libraries newer, and a copy makes a stale worker look new. Otherwise, and with REPORTMINER_WORKER=managed, workers
/// are this program in worker mode; with --verbose the choice and its reason are said once on standard error.
/// The first worker a run starts is the one asked (<see cref="Launch"/>): a native worker that says the right hello goes
/// on to read files, so the question costs no process of its own.
/// </summary>
internal static class NativeWorker
{
    public const string FileName = "reportminer-worker";
    public const string ChoiceVariable = "REPORTMINER_WORKER";

    // A native worker says hello within milliseconds; the bound only keeps a hung program from stalling the run.
    private static readonly TimeSpan HandshakeLimit = TimeSpan.FromSeconds(20);

    private static readonly string Candidate = System.IO.Path.Combine(AppContext.BaseDirectory, FileName);
    private static readonly object Gate = new();
    private static WorkerChoice? _choice;

    /// <summary>Set by --verbose.</summary>
    public static bool Verbose { get; set; }

    /// <summary>
    /// The native worker to start: the candidate beside this program until its hello refuses it, null for the managed
    /// one (asked for, absent, or refused).
    /// </summary>
    public static string? Path
    {
        get
        {
            lock (Gate)
            {
                if (_choice is { } made) return made.Native;
                if (Environment.GetEnvironmentVariable(ChoiceVariable) == "managed")
                    return Decide(new WorkerChoice(null, $"workers: managed ({ChoiceVariable}=managed)")).Native;
                if (!File.Exists(Candidate))
                    return Decide(new WorkerChoice(null, $"workers: managed ({FileName} is not beside this program; tools/publish-worker.sh compiles it)")).Native;
                return Candidate;
            }
        }
    }

    /// <summary>
    /// Starts a worker (<see cref="WorkerOptions.Launch"/>). The first start of the native candidate is its handshake: the
    /// process that says this program's identity is returned to read files; one that does not is stopped, and the managed
    /// worker started with the same environment and pipes in its place.
    /// </summary>
    public static Process Launch(ProcessStartInfo start, Func<ProcessStartInfo> managed)
    {
        lock (Gate)
        {
            if (start.FileName != Candidate) return Started(start);
            // A start info made before another pool's first start refused the candidate gets the managed worker too.
            if (_choice is { } made) return Started(made.Native is null ? Like(start, managed()) : start);
            var (running, said, problem) = WorkerHandshake.Greet(start, HandshakeLimit);
            var choice = Decide(Judge(Candidate, CodeIdentity.Value, said, problem));
            if (choice.Native is not null) return running!;
            if (running is not null) WorkerHandshake.Stop(running);
            return Started(Like(start, managed()));
        }
    }

    private static Process Started(ProcessStartInfo start) =>
        Process.Start(start) ?? throw new InvalidOperationException("The worker process did not start.");

    /// <summary>Whether the worker program at <paramref name="candidate"/> was compiled from <paramref name="identity"/>.</summary>
    public static WorkerChoice Choose(string candidate, string identity, TimeSpan limit)
    {
        if (!File.Exists(candidate))
            return new(null, $"workers: managed ({FileName} is not beside this program; tools/publish-worker.sh compiles it)");
        var (said, problem) = WorkerHandshake.Ask(new ProcessStartInfo(candidate), limit);
        return Judge(candidate, identity, said, problem);
    }

    private static WorkerChoice Judge(string candidate, string identity, string? said, string? problem)
    {
        if (said == identity) return new(candidate, $"workers: native ({candidate}, compiled from {identity})");
        var why = said is null ? problem : $"it was compiled from {said}";
        return new(null, $"workers: managed, not {candidate}: {why}; this program was compiled from {identity}. " +
            "Run tools/publish-worker.sh and build again to use the native worker.");
    }

    private static WorkerChoice Decide(WorkerChoice choice)
    {
        _choice = choice;
        if (Verbose) Console.Error.WriteLine(choice.Reason);
        return choice;
    }

    // The managed worker's program and arguments with everything else the pool set on the refused start.
    private static ProcessStartInfo Like(ProcessStartInfo refused, ProcessStartInfo managed)
    {
        foreach (var (name, value) in refused.Environment) managed.Environment[name] = value;
        managed.RedirectStandardInput = refused.RedirectStandardInput;
        managed.RedirectStandardOutput = refused.RedirectStandardOutput;
        managed.RedirectStandardError = refused.RedirectStandardError;
        managed.UseShellExecute = refused.UseShellExecute;
        managed.StandardInputEncoding = refused.StandardInputEncoding;
        managed.StandardOutputEncoding = refused.StandardOutputEncoding;
        managed.StandardErrorEncoding = refused.StandardErrorEncoding;
        return managed;
    }
}

/// <summary>Which worker reads files: <paramref name="Native"/> (null: the managed one), and why.</summary>
internal sealed record WorkerChoice(string? Native, string Reason);
