using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ReportMiner.Store.Diagnostics;

/// <summary>
/// Where one operation's time went, phase by phase, written to standard error as one line: for profiling a search or an
/// index catch-up on a real store. Off unless <c>REPORTMINER_PROFILE</c> is set; then <see cref="Start"/> returns null
/// and every call on it is skipped, so the profiled code pays nothing. The line ends with the CPU time of the whole process
/// (all its threads) over the operation.
/// </summary>
internal sealed class PhaseClock
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("REPORTMINER_PROFILE") == "1";

    private readonly string _operation;
    private readonly List<(string Phase, long Ticks)> _phases = [];
    private long _last = Stopwatch.GetTimestamp();
    // On a loaded machine a phase's wall time is mostly waiting for a core; the process's CPU over the operation is steadier.
    private readonly TimeSpan _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;

    private PhaseClock(string operation) => _operation = operation;

    public static PhaseClock? Start(string operation) => Enabled ? new PhaseClock(operation) : null;

    /// <summary>Ends the current phase under this name (phases of one name add up).</summary>
    public void Mark(string phase)
    {
        var now = Stopwatch.GetTimestamp();
        var at = _phases.FindIndex(p => p.Phase == phase);
        if (at < 0) _phases.Add((phase, now - _last));
        else _phases[at] = (phase, _phases[at].Ticks + now - _last);
        _last = now;
    }

    public void Report()
    {
        var line = new StringBuilder("profile ").Append(_operation);
        foreach (var (phase, ticks) in _phases)
            line.Append(' ').Append(phase).Append('=').Append((ticks * 1000.0 / Stopwatch.Frequency).ToString("F2", CultureInfo.InvariantCulture));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart;
        line.Append(" process-cpu=").Append(cpu.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture));
        Console.Error.WriteLine(line.ToString());
    }
}
