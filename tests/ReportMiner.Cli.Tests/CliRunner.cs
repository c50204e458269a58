using System.Diagnostics;
using System.Text;

namespace ReportMiner.Cli.Tests;

/// <summary>Runs the built reportminer CLI as a child process, as a user would.</summary>
internal static class CliRunner
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "reportminer.dll");

    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        return info;
    }

    public static (int Exit, string Out, string Err) Run(params string[] args) => Run(StartInfo(args));

    /// <summary>Runs with a longer limit than the usual three minutes, for whole-corpus imports.</summary>
    public static (int Exit, string Out, string Err) RunLong(TimeSpan limit, params string[] args) => Run(StartInfo(args), limit);

    /// <summary>Runs with extra environment variables, e.g. COLUMNS for the terminal width.</summary>
    public static (int Exit, string Out, string Err) RunWith(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunIn(null, environment, args);

    /// <summary>Runs in <paramref name="folder"/> (null: the test's own) with extra environment variables.</summary>
    public static (int Exit, string Out, string Err) RunIn(string? folder, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = StartInfo(args);
        if (folder is not null) info.WorkingDirectory = folder;
        foreach (var (name, value) in environment) info.Environment[name] = value;
        return Run(info);
    }

    private static (int Exit, string Out, string Err) Run(ProcessStartInfo info) => Run(info, TimeSpan.FromMinutes(3));

    private static (int Exit, string Out, string Err) Run(ProcessStartInfo info, TimeSpan limit)
    {
        var args = info.ArgumentList.Skip(1);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("reportminer " + string.Join(' ', args) + " did not finish.");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}
