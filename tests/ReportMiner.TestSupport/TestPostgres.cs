using Npgsql;

namespace ReportMiner.TestSupport;

/// <summary>
/// The PostgreSQL server of the test run (tools/with-postgres.sh starts one and sets REPORTMINER_TEST_POSTGRES).
/// Without it the PostgreSQL tests fail: a missing server must not look like a passing suite.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "REPORTMINER_TEST_POSTGRES";

    private static readonly Lazy<string> Server = new(() =>
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
            throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL tests cannot run. Run them through tools/with-postgres.sh " +
                "(tools/test.sh does): bash tools/with-postgres.sh dotnet test tests/ReportMiner.Store.Tests (or the project at hand)");
        // Search indexes of PostgreSQL stores default to a per-database cache directory: keep the tests' out of $HOME.
        Environment.SetEnvironmentVariable("XDG_CACHE_HOME", Path.Combine(Path.GetTempPath(), "reportminer-test-cache-" + Environment.ProcessId));
        return server;
    });

    /// <summary>A fresh database for one test, as an Npgsql connection string.</summary>
    public static string NewDatabase()
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(Server.Value))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE {name}";
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(Server.Value) { Database = name }.ConnectionString;
    }
}
