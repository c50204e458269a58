namespace ReportMiner.Parsing.Tests.Office;

/// <summary>Running processes whose command line mentions a folder (Linux /proc).</summary>
internal static class SofficeProcesses
{
    public static IReadOnlyList<int> Using(string folder) =>
        Directory.GetDirectories("/proc")
            .Select(d => (Pid: int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0, Dir: d))
            .Where(p => p.Pid > 0 && CommandLine(p.Dir).Contains(folder, StringComparison.Ordinal))
            .Select(p => p.Pid)
            .ToList();

    public static bool IsAlive(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/stat").Split(") ").Last().Split(' ')[0] is not ("Z" or "X"); }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }

    private static string CommandLine(string procDir)
    {
        try { return File.ReadAllText(Path.Combine(procDir, "cmdline")); }
        catch (IOException) { return string.Empty; }
        catch (UnauthorizedAccessException) { return string.Empty; }
    }
}
