using System.Diagnostics;
using ReportMiner.Store.Isolation;

namespace ReportMiner.Store.Tests;

/// <summary>
/// Asking a worker program what it was compiled from, with stand-in workers (bash) that say a hello, something else,
/// nothing, or hang.
/// </summary>
public sealed class WorkerHandshakeTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    private static (string? Identity, string? Problem) Ask(string script, TimeSpan? limit = null) =>
        WorkerHandshake.Ask(new ProcessStartInfo("bash") { ArgumentList = { "-c", script } }, limit ?? Limit);

    [Fact]
    public void The_hello_line_gives_the_identity_the_worker_was_compiled_from()
    {
        var hello = WorkerCodec.Write(new WorkerMessage(0, Hello: new WorkerHello("Documents=0123456789abcdef Store=fedcba9876543210")));
        Assert.Equal(("Documents=0123456789abcdef Store=fedcba9876543210", null), Ask($"echo '{hello}'; cat > /dev/null"));
    }

    [Fact]
    public void A_worker_that_ends_without_a_hello_gives_no_identity()
    {
        var (identity, problem) = Ask("cat > /dev/null");
        Assert.Null(identity);
        Assert.Contains("without a hello", problem);
    }

    [Fact]
    public void A_first_line_that_is_an_answer_or_not_json_gives_no_identity()
    {
        Assert.Null(Ask("""echo '{"id":1,"answer":{"format":"txt","pages":[]}}'""").Identity);
        Assert.Null(Ask("echo 'Segmentation fault'").Identity);
    }

    [Fact]
    public void A_worker_that_says_nothing_is_given_up_on_at_the_limit_and_stopped()
    {
        using var marker = new ReportMiner.TestSupport.TempDirectory();
        var pidFile = Path.Combine(marker.Path, "pid");
        var (identity, problem) = Ask($"echo $$ > {pidFile}; exec sleep 600", TimeSpan.FromSeconds(1));
        Assert.Null(identity);
        Assert.Contains("said nothing", problem);
        var pid = int.Parse(File.ReadAllText(pidFile).Trim());
        Assert.True(SpinWait.SpinUntil(() => !File.Exists($"/proc/{pid}") || File.ReadAllText($"/proc/{pid}/stat").Split(' ')[2] == "Z",
            TimeSpan.FromSeconds(30)), "the silent worker was left running");
    }

    [Fact]
    public void A_greeted_worker_is_left_running_past_its_hello_to_answer_what_it_is_sent()
    {
        var hello = WorkerCodec.Write(new WorkerMessage(0, Hello: new WorkerHello("Documents=0123456789abcdef")));
        var (running, identity, problem) = WorkerHandshake.Greet(
            new ProcessStartInfo("bash") { ArgumentList = { "-c", $"echo '{hello}'; read -r line; echo \"got $line\"" } }, Limit);
        Assert.Equal(("Documents=0123456789abcdef", null), (identity, problem));
        using var worker = Assert.IsType<Process>(running);
        worker.StandardInput.WriteLine("a file");
        worker.StandardInput.Close();
        Assert.Equal("got a file", worker.StandardOutput.ReadLine());
        Assert.True(worker.WaitForExit(30_000));
    }

    [Fact]
    public void A_greeted_program_without_a_hello_is_stopped_and_not_handed_back()
    {
        var (running, identity, problem) = WorkerHandshake.Greet(new ProcessStartInfo("bash") { ArgumentList = { "-c", "echo 'Segmentation fault'; sleep 600" } }, Limit);
        Assert.Equal((null, null), (running, identity));
        Assert.Contains("unreadable", problem);
    }

    [Fact]
    public void A_program_that_cannot_start_gives_no_identity()
    {
        var (identity, problem) = WorkerHandshake.Ask(new ProcessStartInfo("/nonexistent/reportminer-worker"), Limit);
        Assert.Null(identity);
        Assert.Contains("did not start", problem);
    }
}
