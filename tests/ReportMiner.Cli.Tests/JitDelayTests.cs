using System.Text.Json;
using ReportMiner.Cli.Commands;

namespace ReportMiner.Cli.Tests;

/// <summary>
/// The CLI runs with the runtime's call-counting delay, so a long import's index inversion and a large compare table are
/// recompiled optimized; a managed worker, which reads one batch and goes quiet often, keeps the 4 s delay.
/// </summary>
public sealed class JitDelayTests
{
    [Fact]
    public void A_managed_worker_is_started_with_the_four_second_call_counting_delay_when_the_user_set_none()
    {
        // The user's setting is passed in, not read: a developer who set DOTNET_TC_CallCountingDelayMs sees the same result.
        var start = WorkerCommand.ManagedStartInfo(userDelay: null);
        Assert.Equal(4000, Convert.ToInt32(start.Environment[WorkerCommand.CallCountingDelay], 16));
        Assert.Equal("worker", start.ArgumentList[^1]);
    }

    [Fact]
    public void A_call_counting_delay_the_user_set_reaches_the_managed_worker_unchanged()
    {
        var start = WorkerCommand.ManagedStartInfo(userDelay: "64");
        Assert.Equal("64", start.Environment[WorkerCommand.CallCountingDelay]);
    }

    [Fact]
    public void The_program_itself_runs_with_the_runtimes_own_call_counting_delay()
    {
        var config = Path.Combine(AppContext.BaseDirectory, "reportminer.runtimeconfig.json");
        using var json = JsonDocument.Parse(File.ReadAllText(config));
        var properties = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.False(properties.TryGetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs", out _));
    }
}
