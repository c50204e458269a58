using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ReportMiner.Store.Isolation;

/// <summary>
/// Caps glibc's malloc arenas at two for the importer and its workers. glibc gives a thread that allocates while another
/// holds an arena an arena of its own, up to eight per core, and keeps each arena's freed memory: over a long import the
/// thread-pool threads that write, read and index (and SQLite, allocating on them) spread native memory over more and more
/// arenas, so peak RSS grew with the number of documents although no state did (session 33: importer peak 128–132 MB at
/// 2,100 documents, 121–122 MB with MALLOC_ARENA_MAX=2). A MALLOC_ARENA_MAX the user set is left alone.
/// </summary>
public static class MallocArenas
{
    public const string Variable = "MALLOC_ARENA_MAX";
    public const int Count = 2;

    // M_ARENA_MAX in glibc's malloc.h.
    private const int ArenaMaxParameter = -8;

    [DllImport("libc", EntryPoint = "mallopt")]
    private static extern int MallOpt(int parameter, int value);

    /// <summary>Caps this process's arenas from now on; false where the user chose a cap, or there is no glibc.</summary>
    public static bool Limit()
    {
        if (!OperatingSystem.IsLinux() || UserChose(Environment.GetEnvironmentVariable(Variable))) return false;
        try { return MallOpt(ArenaMaxParameter, Count) == 1; }
        // musl and other C libraries have no mallopt (and ignore the variable).
        catch (EntryPointNotFoundException) { return false; }
        catch (DllNotFoundException) { return false; }
    }

    /// <summary>Caps a worker's arenas through its environment (glibc reads it at the first allocation).</summary>
    public static void Limit(ProcessStartInfo start)
    {
        if (!UserChose(start.Environment.TryGetValue(Variable, out var chosen) ? chosen : null))
            start.Environment[Variable] = Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool UserChose(string? value) => !string.IsNullOrEmpty(value);
}
