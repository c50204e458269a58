using System.CommandLine;
using System.Diagnostics;
using System.Reflection;
using ReportMiner.Store.Importing;
using ReportMiner.Store.Isolation;

namespace ReportMiner.Cli.Commands;

/// <summary>
/// <c>reportminer worker</c> (hidden): the child process that import, extract and the web page's import read
/// untrusted files in. Requests and answers are JSON lines on standard input and output.
/// </summary>
public static class WorkerCommand
{
    public static Command Create()
    {
        var command = new Command("worker", "Read files sent on standard input (used by import and extract).") { Hidden = true };
        command.SetAction(_ => Run());
        return command;
    }

    /// <summary>The worker's life: answers requests on standard input until it closes.</summary>
    public static int Run() => WorkerHost.Run(CodeIdentity.Value);

    /// <summary>
    /// How to start a worker: the native one beside this program (<see cref="NativeWorker"/>), or this same program in
    /// worker mode, whether it runs as an apphost or through `dotnet x.dll`.
    /// </summary>
    public static ProcessStartInfo StartInfo() => NativeWorker.Path is { } native ? new ProcessStartInfo(native) : ManagedStartInfo();

    /// <summary>The runtime's setting of how long hot methods wait, after the last new method compiled, to be recompiled optimized.</summary>
    public const string CallCountingDelay = "DOTNET_TC_CallCountingDelayMs";

    /// <summary>A managed worker's call-counting delay, in milliseconds as the runtime reads it (hexadecimal, as every DOTNET_ setting: 4,000 ms).</summary>
    public const string WorkerCallCountingDelayMs = "FA0";

    /// <summary>This same program in worker mode.</summary>
    public static ProcessStartInfo ManagedStartInfo() => ManagedStartInfo(Environment.GetEnvironmentVariable(CallCountingDelay));

    /// <summary>This same program in worker mode, given the delay the user set (null: none); tests pass it so that a
    /// developer's own setting cannot change what they see.</summary>
    internal static ProcessStartInfo ManagedStartInfo(string? userDelay)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("The program's own path is unknown.");
        var info = new ProcessStartInfo(host);
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") info.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        info.ArgumentList.Add("worker");
        // A worker reads a batch of files and goes quiet often: with the runtime's 100 ms delay it recompiled ~1,000 methods
        // a batch never paid back (100 files: worker CPU 4.69 s with the 4 s delay, 5.95 s without). A delay the user set wins.
        info.Environment[CallCountingDelay] = userDelay ?? WorkerCallCountingDelayMs;
        return info;
    }

    public static Option<int> Deadline() => new("--deadline")
    {
        Description = "Seconds one file may take before its worker is stopped and the file recorded as failed.",
        DefaultValueFactory = _ => 300,
    };

    public static Option<int> Memory() => new("--worker-memory")
    {
        Description = "Memory ceiling of each worker process, in MB.",
        DefaultValueFactory = _ => 1024,
    };

    public static Option<bool> InProcess() => new("--in-process")
    {
        Description = "Read files in this process instead of worker processes (faster to start; one bad file can end the run).",
    };

    public static IDocumentWork Work(ParseResult result, Option<int> deadline, Option<int> memory, Option<bool> inProcess) =>
        result.GetValue(inProcess) ? ImportPipeline.DefaultWork() : Pool(result, deadline, memory);

    public static IsolatedWork Pool(ParseResult result, Option<int> deadline, Option<int> memory)
    {
        if (result.GetValue(deadline) < 1 || result.GetValue(memory) < 128)
            throw new Store.StoreException("--deadline must be at least 1 second and --worker-memory at least 128 MB.");
        return new IsolatedWork(new WorkerOptions
        {
            StartInfo = StartInfo,
            Launch = start => NativeWorker.Launch(start, ManagedStartInfo),
            Deadline = TimeSpan.FromSeconds(result.GetValue(deadline)),
            MemoryBytes = result.GetValue(memory) * 1024L * 1024,
        });
    }
}
