using System.Diagnostics;
using ReportMiner.TestSupport;

namespace ReportMiner.Documents.Tests.Support;

public sealed class HangGuardTests
{
    [Fact]
    public void Time_spent_waiting_is_not_counted_against_the_bound()
    {
        var wall = Stopwatch.StartNew();
        HangGuard.Within(TimeSpan.FromSeconds(1), () => Thread.Sleep(1500));
        Assert.True(wall.Elapsed >= TimeSpan.FromSeconds(1.5));
    }

    [Fact]
    public void Work_that_spends_more_cpu_than_the_bound_fails()
    {
        var error = Assert.Throws<HangGuardException>(() => HangGuard.Within(TimeSpan.FromMilliseconds(100), Spin));
        Assert.Contains("of CPU", error.Message);
    }

    [Fact]
    public void The_result_of_the_guarded_work_is_returned()
    {
        Assert.Equal(42, HangGuard.Within(TimeSpan.FromSeconds(30), () => 6 * 7));
    }

    private static void Spin()
    {
        var start = HangGuard.ThreadCpuTime();
        var sum = 0L;
        while (HangGuard.ThreadCpuTime() - start < TimeSpan.FromMilliseconds(300)) sum++;
        GC.KeepAlive(sum);
    }
}
