using System.Runtime.InteropServices;

namespace ReportMiner.TestSupport;

/// <summary>
/// Bounds the CPU time the calling thread spends on one piece of work. A guard against a hang or a quadratic blow-up,
/// not a speed figure: it reads the thread's own CPU clock, which a loaded machine does not stretch the way it
/// stretches wall time (the same guards on a wall clock failed at load 30–100 and passed alone).
/// </summary>
public static class HangGuard
{
    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime", SetLastError = true)]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>CPU time of the calling thread so far.</summary>
    public static TimeSpan ThreadCpuTime()
    {
        if (ClockGetTime(ThreadCpuClock, out var time) != 0)
            throw new InvalidOperationException($"clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed: errno {Marshal.GetLastPInvokeError()}");
        return TimeSpan.FromTicks(time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100);
    }

    /// <summary>Runs <paramref name="work"/> and fails when it used more than <paramref name="bound"/> of CPU.</summary>
    public static T Within<T>(TimeSpan bound, Func<T> work)
    {
        var start = ThreadCpuTime();
        var result = work();
        var used = ThreadCpuTime() - start;
        if (used > bound) throw new HangGuardException($"used {used.TotalSeconds:0.0} s of CPU, bound {bound.TotalSeconds:0} s");
        return result;
    }

    public static void Within(TimeSpan bound, Action work) => Within(bound, () => { work(); return 0; });
}

public sealed class HangGuardException(string message) : Exception(message);
