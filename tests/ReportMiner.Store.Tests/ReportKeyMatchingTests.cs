using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using ReportMiner.Store.Comparing;
using ReportMiner.Store.Data;
using ReportMiner.Store.Indexing;
using ReportMiner.Store.Schema;
using ReportMiner.TestSupport;

namespace ReportMiner.Store.Tests;

/// <summary>
/// Report keys are matched set-based where that was measured cheaper (<see cref="ReportKeys.Matching"/>): PostgreSQL's
/// project reads bind the keys as a few arrays, SQLite's compare-row refresh as one JSON list, instead of four parameters a
/// key OR'ed together (PostgreSQL's refresh keeps those). Either way a missing city, year or kind must match only missing
/// ones, and a key listed twice its rows once.
/// </summary>
public abstract class ReportKeyMatchingContract
{
    protected abstract StoreEngine Engine { get; }

    // One project of one name for each way a key can lack its city, year and kind (ids 1–8), and one of another name (9).
    private static readonly ComparisonKey[] Shapes = Enumerable.Range(0, 8)
        .Select(i => new ComparisonKey((i & 1) == 0 ? "合肥" : null, (i & 2) == 0 ? 2022 : null, (i & 4) == 0 ? "project" : null, "热线"))
        .Append(new ComparisonKey("合肥", 2022, "project", "另一项目"))
        .ToArray();

    private DbConnection NewStore(TempDirectory dir)
    {
        var connection = StoreDatabase.Open(StoreFixture.NewStore(dir, Engine));
        var sql = new StringBuilder();
        for (var i = 0; i < Shapes.Length; i++)
        {
            var key = Shapes[i];
            sql.Append($"INSERT INTO documents (id, path, sha256, format, size, status, imported_at) VALUES ({i + 1}, '/r{i + 1}.txt', 's{i + 1}', 'txt', 1, 'imported', 'x');");
            sql.Append("INSERT INTO projects (id, document_id, ordinal, name, name_key, city, city_key, year, report_kind) " +
                       $"VALUES ({i + 1}, {i + 1}, 0, '{key.NameKey}', '{key.NameKey}', {Text(key.CityKey)}, {Text(key.CityKey)}, " +
                       $"{(key.Year is null ? "NULL" : key.Year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))}, {Text(key.ReportKind)});");
        }
        using var transaction = connection.BeginTransaction();
        StoreDatabase.Execute(connection, sql.ToString(), transaction);
        StoredComparisons.Refresh(connection, transaction, Shapes, null);
        transaction.Commit();
        return connection;
    }

    [Fact]
    public void Keys_lacking_a_city_a_year_or_a_kind_read_only_the_projects_that_lack_the_same_parts()
    {
        using var dir = new TempDirectory();
        using var connection = NewStore(dir);
        // Every shape but one, one of them twice, and a key no project has.
        ComparisonKey[] asked = [Shapes[7], Shapes[0], Shapes[3], Shapes[3], Shapes[5], Shapes[6], Shapes[1], Shapes[2], new("芜湖", null, null, "热线")];

        var projects = ReportCopies.Projects(connection, asked);

        Assert.Equal([1L, 2L, 3L, 4L, 6L, 7L, 8L], projects.Select(p => p.Id).Order().ToArray());
        Assert.All(projects, p => Assert.Equal(Shapes[(int)p.Id - 1], p.Key));
    }

    [Fact]
    public void Refreshing_keys_lacking_parts_rewrites_only_their_own_compare_rows()
    {
        using var dir = new TempDirectory();
        using var connection = NewStore(dir);
        Assert.Equal(Shapes.Length, Count(connection, "SELECT COUNT(*) FROM budget_compare_rows"));
        using var transaction = connection.BeginTransaction();
        // Three reports lose their project; only two of them (one listed twice) are refreshed.
        StoreDatabase.Execute(connection, "DELETE FROM projects WHERE id IN (1, 6, 8)", transaction);

        StoredComparisons.Refresh(connection, transaction, [Shapes[7], Shapes[5], Shapes[7]], null);

        var left = new List<ComparisonKey>();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = $"SELECT {ReportKeys.Columns("b")} FROM budget_compare_rows b";
            using var reader = command.ExecuteReader();
            while (reader.Read()) left.Add(ReportKeys.Read(reader, 0));
        }
        // The rows of the refreshed keys are gone; the row of the one not refreshed (Shapes[0]) stays until it is.
        Assert.Equal(Shapes.Where((_, i) => i is not (5 or 7)).OrderBy(Describe, StringComparer.Ordinal), left.OrderBy(Describe, StringComparer.Ordinal));
    }

    private static long Count(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    private static string Text(string? value) => value is null ? "NULL" : $"'{value}'";

    private static string Describe(ComparisonKey key) => $"{key.CityKey}|{key.Year}|{key.ReportKind}|{key.NameKey}";
}

public sealed class SqliteReportKeyMatchingTests : ReportKeyMatchingContract
{
    protected override StoreEngine Engine => StoreEngine.Sqlite;

    [Fact]
    public void A_hundred_reports_compare_rows_are_refreshed_by_one_delete_a_table_and_two_reads()
    {
        using var dir = new TempDirectory();
        using var connection = StoreDatabase.Open(dir.File("s.db"));
        var keys = Enumerable.Range(1, 120).Select(i => new ComparisonKey(i % 3 == 0 ? null : "合肥", 2022, i % 4 == 0 ? null : "project", $"项目{i}")).ToArray();
        var statements = new List<string>();
        var handle = ((SqliteConnection)connection).Handle!;
        using var transaction = connection.BeginTransaction();
        SQLitePCL.raw.sqlite3_trace(handle, (SQLitePCL.strdelegate_trace)((_, statement) => statements.Add(statement)), null);
        try { StoredComparisons.Refresh(connection, transaction, keys, null); }
        finally { SQLitePCL.raw.sqlite3_trace(handle, (SQLitePCL.strdelegate_trace)null!, null); }

        Assert.Equal(3, statements.Count(s => s.TrimStart().StartsWith("DELETE", StringComparison.Ordinal)));
        Assert.Equal(2, statements.Count(s => s.TrimStart().StartsWith("SELECT", StringComparison.Ordinal)));
    }
}

public sealed class PostgresReportKeyMatchingTests : ReportKeyMatchingContract
{
    protected override StoreEngine Engine => StoreEngine.Postgres;
}
