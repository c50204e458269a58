using System.Diagnostics;
using System.Globalization;

namespace ReportMiner.Parsing.Processes;

/// <summary>
/// Temporary folders named after the process that owns them: <c>reportminer-KIND-PID-START-GUID</c>, where START is
/// the process's start time (clock ticks since boot, from /proc), so a reused process id is not taken for the owner.
/// A process killed outright (SIGKILL: a worker past its deadline, the kernel's OOM killer) cannot delete its folders;
/// <see cref="SweepOrphans"/> deletes those whose owner no longer runs.
/// </summary>
public static class TemporaryFolders
{
    public const string Prefix = "reportminer-";

    private static readonly Lazy<string> Owner = new(() =>
        $"{Environment.ProcessId}-{StartTicks(Environment.ProcessId) ?? 0}");

    /// <summary>A new, not yet created folder path in <paramref name="root"/> (null: the system's temporary folder) owned by this process.</summary>
    public static string NewPath(string? root, string kind) =>
        Path.Combine(root ?? Path.GetTempPath(), $"{Prefix}{kind}-{Owner.Value}-{Guid.NewGuid():N}");

    /// <summary>Creates a new folder owned by this process.</summary>
    public static string Create(string? root, string kind)
    {
        var path = NewPath(root, kind);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>
    /// Deletes the folders in <paramref name="root"/> (null: the system's temporary folder) whose owning process no longer
    /// runs; folders of live processes and folders not named by <see cref="NewPath"/> are left alone. Returns how many went.
    /// </summary>
    public static int SweepOrphans(string? root = null)
    {
        var swept = 0;
        try
        {
            foreach (var dir in Directory.EnumerateDirectories(root ?? Path.GetTempPath(), Prefix + "*"))
            {
                if (OwnerOf(Path.GetFileName(dir)) is not { } owner || IsRunning(owner.Pid, owner.StartTicks)) continue;
                if (TryDelete(dir)) swept++;
            }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return swept;
    }

    /// <summary>
    /// The owner named in a folder name: (pid, start ticks), start 0 where unknown (folders named before start times were
    /// added carry only the pid); null for a name this class did not make.
    /// </summary>
    public static (int Pid, long StartTicks)? OwnerOf(string name)
    {
        if (!name.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var parts = name[Prefix.Length..].Split('-');
        if (parts.Length < 3 || parts[^1].Length < 8 || !parts[^1].All(char.IsAsciiHexDigit)) return null;
        if (!long.TryParse(parts[^2], NumberStyles.None, CultureInfo.InvariantCulture, out var last)) return null;
        if (parts.Length >= 4 && int.TryParse(parts[^3], NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            return pid > 0 ? (pid, last) : null;
        return last is > 0 and <= int.MaxValue ? ((int)last, 0) : null;
    }

    /// <summary>True while process <paramref name="pid"/> runs and (when <paramref name="startTicks"/> is not 0) started then.</summary>
    public static bool IsRunning(int pid, long startTicks)
    {
        if (!OperatingSystem.IsLinux()) return IsRunningPortable(pid);
        var stat = Stat(pid);
        if (stat is null) return false;
        // A zombie has ended; only its parent has not collected its exit code yet.
        if (stat[0] is "Z" or "X") return false;
        return startTicks == 0 || (stat.Length > 19 && stat[19] == startTicks.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The process's start time in clock ticks since boot (field 22 of /proc/PID/stat), or null where there is no /proc.</summary>
    public static long? StartTicks(int pid) =>
        Stat(pid) is { Length: > 19 } stat && long.TryParse(stat[19], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) ? ticks : null;

    // The fields after the command name, which may itself hold spaces and parentheses: [0] is field 3 (state).
    private static string[]? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
            return text[(text.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    private static bool IsRunningPortable(int pid)
    {
        try { using var process = Process.GetProcessById(pid); return !process.HasExited; }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }

    /// <summary>Deletes a folder and everything in it; false when it could not (it stays for a later sweep).</summary>
    public static bool TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
            return true;
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }
}
