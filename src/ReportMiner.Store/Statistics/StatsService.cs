using Microsoft.Data.Sqlite;
using ReportMiner.Store.Schema;

namespace ReportMiner.Store.Statistics;

/// <summary>What the store holds: documents by format, status, city and year, failures, and the size of its indexes.</summary>
public sealed class StatsService(SqliteConnection connection, string databasePath)
{
    public StoreStats Collect(int failureLimit = 50) => new(
        Scalar("SELECT COUNT(*) FROM documents"),
        Scalar("SELECT COUNT(*) FROM projects"),
        Scalar("SELECT COUNT(*) FROM indicators"),
        Counts("SELECT format, COUNT(*) FROM documents GROUP BY format ORDER BY 2 DESC"),
        Counts("SELECT status, COUNT(*) FROM documents GROUP BY status ORDER BY 2 DESC"),
        Counts("SELECT COALESCE(city, '(unknown)'), COUNT(DISTINCT document_id) FROM projects GROUP BY city ORDER BY 2 DESC"),
        Counts("SELECT COALESCE(CAST(year AS TEXT), '(unknown)'), COUNT(DISTINCT document_id) FROM projects GROUP BY year ORDER BY 1"),
        Failures(failureLimit),
        FileBytes(),
        IndexBytes(),
        StoreDatabase.Version(connection));

    private long Scalar(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    private List<CountBy> Counts(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var counts = new List<CountBy>();
        while (reader.Read()) counts.Add(new CountBy(reader.GetString(0), reader.GetInt64(1)));
        return counts;
    }

    private List<ImportedFailure> Failures(int limit)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT path, error_kind, error FROM documents WHERE status = 'failed' ORDER BY path LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var failures = new List<ImportedFailure>();
        while (reader.Read())
            failures.Add(new ImportedFailure(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        return failures;
    }

    private long FileBytes() =>
        new[] { databasePath, databasePath + "-wal" }.Where(File.Exists).Sum(path => new FileInfo(path).Length);

    /// <summary>Bytes of each full-text index: the blocks of its FTS5 data shadow table (dbstat is not in every SQLite build).</summary>
    private List<CountBy> IndexBytes() =>
        new[] { "indicator_trigrams", "indicator_grams", "page_trigrams" }
            .Select(index => new CountBy(index, Scalar($"SELECT COALESCE(SUM(length(block)), 0) FROM {index}_data")))
            .ToList();
}
