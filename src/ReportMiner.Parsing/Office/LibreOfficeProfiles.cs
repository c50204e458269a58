using System.Collections.Concurrent;
using System.Diagnostics;

namespace ReportMiner.Parsing.Office;

/// <summary>
/// LibreOffice user profiles kept for the life of this process: creating a fresh profile is a large share of a
/// LibreOffice start. A profile is lent to one soffice run at a time (two runs on one profile would hand their work
/// to each other); one whose run was killed is deleted instead of reused. Profiles are deleted when the process
/// exits, and profiles of processes that no longer exist are swept when the first one is made.
/// </summary>
internal static class LibreOfficeProfiles
{
    private const string Family = "reportminer-soffice-";
    private static readonly ConcurrentDictionary<string, ConcurrentBag<string>> Idle = new();
    private static int _hooked;

    public static string Rent(string root)
    {
        var bag = Idle.GetOrAdd(root, r => { SweepOrphans(r); return []; });
        if (Interlocked.Exchange(ref _hooked, 1) == 0) AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteIdle();
        if (bag.TryTake(out var profile) && Directory.Exists(profile)) return profile;
        profile = FolderName(root, "profile-");
        Directory.CreateDirectory(profile);
        return profile;
    }

    /// <summary>A new temporary folder name carrying this process's id, so a later run can tell it is orphaned.</summary>
    public static string FolderName(string root, string kind = "") =>
        Path.Combine(root, $"{Family}{kind}{Environment.ProcessId}-{Guid.NewGuid():N}");

    public static void Return(string root, string profile) => Idle.GetOrAdd(root, _ => []).Add(profile);

    public static void Discard(string profile) => TryDelete(profile);

    public static string Uri(string profile) => new Uri(profile + Path.DirectorySeparatorChar).AbsoluteUri;

    /// <summary>Deletes every profile not lent out right now.</summary>
    public static void DeleteIdle()
    {
        foreach (var bag in Idle.Values)
            while (bag.TryTake(out var profile)) TryDelete(profile);
    }

    private static void SweepOrphans(string root)
    {
        try
        {
            foreach (var dir in Directory.GetDirectories(root, Family + "*"))
            {
                var pid = Path.GetFileName(dir)[Family.Length..].Split('-').FirstOrDefault(part => part.All(char.IsAsciiDigit));
                if (int.TryParse(pid, out var id) && id != Environment.ProcessId && !IsRunning(id)) TryDelete(dir);
            }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static bool IsRunning(int pid)
    {
        try { using var p = Process.GetProcessById(pid); return !p.HasExited; }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }

    internal static void TryDelete(string directory)
    {
        try { if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
