using System.Runtime.InteropServices;

namespace ReportMiner.Store.Isolation;

/// <summary>
/// An address-space ceiling (RLIMIT_AS) for a worker, on top of the GC heap ceiling: it also bounds native memory
/// and the converters a worker starts (they inherit it). The runtime reserves far more address space than it uses
/// (about 8 GB with a 1 GB heap ceiling, measured), so the ceiling is what is already reserved plus headroom;
/// set before that, RLIMIT_AS stops the runtime's own reservations and a 2–3 GB ceiling fails ordinary PDFs.
/// </summary>
public static partial class AddressSpace
{
    private const int RlimitAs = 9;

    [StructLayout(LayoutKind.Sequential)]
    private struct RLimit
    {
        public ulong Current;
        public ulong Maximum;
    }

    [DllImport("libc", EntryPoint = "setrlimit", SetLastError = true)]
    private static extern int SetRLimit(int resource, ref RLimit limit);

    /// <summary>Limits this process to what it has reserved now plus <paramref name="headroomBytes"/>; false where that is not possible.</summary>
    public static bool LimitTo(long headroomBytes)
    {
        if (!OperatingSystem.IsLinux()) return false;
        var reserved = ReservedBytes();
        if (reserved is null) return false;
        var limit = new RLimit { Current = (ulong)(reserved.Value + headroomBytes), Maximum = (ulong)(reserved.Value + headroomBytes) };
        return SetRLimit(RlimitAs, ref limit) == 0;
    }

    /// <summary>VmSize of this process, from /proc/self/status.</summary>
    public static long? ReservedBytes()
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmSize:", StringComparison.Ordinal));
            // "VmSize:\t 8123456 kB": the kernel pads the number to 8 digits with spaces, so from 10 GB on (the native
            // worker reserves about 50 GB) a tab alone separates it from the name.
            var kb = line?.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[1];
            return long.TryParse(kb, out var value) ? value * 1024 : null;
        }
        catch (IOException) { return null; }
    }
}
