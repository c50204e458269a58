using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Tests.Pipeline;

/// <summary>Work counts follow the flow that opened them, not the thread: tests may await and run side by side.</summary>
public sealed class WorkCounterTests
{
    [Fact]
    public async Task Work_done_after_an_await_on_another_thread_is_counted_in_the_flow_that_started_counting()
    {
        var counter = new WorkCounter();
        using var counting = counter.Start();
        await Task.Run(() => counter.Add(5));
        await Task.Yield();
        counter.Add(2);
        Assert.Equal(7, counting.Work);
    }

    [Fact]
    public async Task Two_flows_counting_at_the_same_time_never_add_to_each_others_counts()
    {
        var counter = new WorkCounter();
        using var bothCounting = new Barrier(2);
        long Count(int each)
        {
            using var counting = counter.Start();
            bothCounting.SignalAndWait();
            for (var i = 0; i < 1000; i++) counter.Add(each);
            bothCounting.SignalAndWait();
            return counting.Work;
        }
        var one = Task.Run(() => Count(1));
        var two = Task.Run(() => Count(2));
        var counts = await Task.WhenAll(one, two);
        Assert.Equal(new[] { 1000L, 2000L }, counts);
    }

    [Fact]
    public void Work_done_outside_any_counting_is_not_counted_by_a_later_one()
    {
        var counter = new WorkCounter();
        counter.Add(100);
        using var counting = counter.Start();
        counter.Add(1);
        Assert.Equal(1, counting.Work);
    }
}
