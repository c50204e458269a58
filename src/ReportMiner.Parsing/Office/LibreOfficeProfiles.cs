using System.Collections.Concurrent;
using ReportMiner.Parsing.Processes;

namespace ReportMiner.Parsing.Office;

/// <summary>
/// LibreOffice user profiles kept for the life of this process: creating a fresh profile is a large share of a
/// LibreOffice start. A profile is lent to one soffice run at a time (two runs on one profile would hand their work
/// to each other); one whose run was killed is deleted instead of reused. Profiles are deleted when the process
/// exits, and temporary folders of processes that no longer run are swept when the first one is made
/// (<see cref="TemporaryFolders"/>).
/// </summary>
internal static class LibreOfficeProfiles
{
    private static readonly ConcurrentDictionary<string, ConcurrentBag<string>> Idle = new();
    private static int _hooked;

    public static string Rent(string root)
    {
        var bag = Idle.GetOrAdd(root, r => { TemporaryFolders.SweepOrphans(r); return []; });
        if (Interlocked.Exchange(ref _hooked, 1) == 0) AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteIdle();
        if (bag.TryTake(out var profile) && Directory.Exists(profile)) return profile;
        profile = FolderName(root, "profile");
        Directory.CreateDirectory(profile);
        return profile;
    }

    /// <summary>A new temporary folder name carrying this process's id and start, so a later run can tell it is orphaned.</summary>
    public static string FolderName(string root, string kind = "") =>
        TemporaryFolders.NewPath(root, kind.Length == 0 ? "soffice" : "soffice-" + kind);

    public static void Return(string root, string profile) => Idle.GetOrAdd(root, _ => []).Add(profile);

    public static void Discard(string profile) => TryDelete(profile);

    public static string Uri(string profile) => new Uri(profile + Path.DirectorySeparatorChar).AbsoluteUri;

    /// <summary>Deletes every profile not lent out right now.</summary>
    public static void DeleteIdle()
    {
        foreach (var bag in Idle.Values)
            while (bag.TryTake(out var profile)) TryDelete(profile);
    }

    internal static void TryDelete(string directory) => TemporaryFolders.TryDelete(directory);
}
