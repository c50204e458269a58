using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using ReportMiner.Store.Data;

namespace ReportMiner.Store.Importing;

/// <summary>
/// Tells a dead import run from a live concurrent one. A run records its host and process and beats a heartbeat
/// while it works; at the next start, a "running" run whose process is gone from this host, or whose heartbeat
/// stopped long ago on another host, is marked interrupted instead of staying "running" forever.
/// </summary>
public static class RunLiveness
{
    /// <summary>How often a live run beats; a run silent for <see cref="StaleAfter"/> on another host is taken as dead.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30), StaleAfter = TimeSpan.FromMinutes(15);

    public static string Now() => DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    public static int MarkInterrupted(DbConnection connection)
    {
        var dead = new List<long>();
        using (var select = Db.Command(connection, null, "SELECT id, host, pid, heartbeat_at FROM import_runs WHERE status = 'running'"))
        using (var reader = select.ExecuteReader())
            while (reader.Read())
            {
                var (id, host, pid, beat) = (Db.Long(reader, 0), Db.Text(reader, 1), Db.Int(reader, 2), Db.Text(reader, 3));
                var sameHost = host == Environment.MachineName;
                if (sameHost && pid is { } p ? !Alive(p) : beat is null || Stale(beat)) dead.Add(id);
            }
        foreach (var id in dead)
            Db.Execute(connection, null, "UPDATE import_runs SET status = 'interrupted', finished_at = @at WHERE id = @id AND status = 'running'",
                ("@at", Now()), ("@id", id));
        return dead.Count;
    }

    public static void Beat(string databasePath, long runId)
    {
        using var connection = Schema.StoreDatabase.Open(databasePath);
        Db.Execute(connection, null, "UPDATE import_runs SET heartbeat_at = @at WHERE id = @id", ("@at", Now()), ("@id", runId));
    }

    private static bool Stale(string beat) =>
        !DateTime.TryParse(beat, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) || DateTime.UtcNow - at > StaleAfter;

    private static bool Alive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
