using System.Diagnostics;
using ReportMiner.Store.Data;
using ReportMiner.Store.Importing;
using ReportMiner.Store.Schema;
using ReportMiner.TestSupport;

namespace ReportMiner.Store.Tests;

public sealed class RunLivenessTests
{
    [Fact]
    public void A_run_whose_process_is_gone_or_whose_heartbeat_stopped_is_marked_interrupted_and_live_ones_are_not()
    {
        using var dir = new TempDirectory();
        using var connection = StoreDatabase.Open(dir.File("s.db"));
        int deadPid;
        using (var gone = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!)
        {
            gone.WaitForExit();
            deadPid = gone.Id;
        }
        var old = DateTime.UtcNow.AddHours(-2).ToString("O");
        void Run(int id, string host, int? pid, string beat) => Db.Execute(connection, null,
            "INSERT INTO import_runs (id, started_at, inputs, total, host, pid, heartbeat_at, status) VALUES (@id, @at, '', 0, @host, @pid, @beat, 'running')",
            ("@id", id), ("@at", old), ("@host", host), ("@pid", pid), ("@beat", beat));
        Run(1, Environment.MachineName, deadPid, RunLiveness.Now());
        Run(2, Environment.MachineName, Environment.ProcessId, old);
        Run(3, "another-host", 1, old);
        Run(4, "another-host", 1, RunLiveness.Now());

        Assert.Equal(2, RunLiveness.MarkInterrupted(connection));

        string Status(int id) => (string)Db.Scalar(connection, null, "SELECT status FROM import_runs WHERE id = @id", ("@id", id))!;
        Assert.Equal(["interrupted", "running", "interrupted", "running"], new[] { Status(1), Status(2), Status(3), Status(4) });
    }
}
