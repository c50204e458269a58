using System.Data.Common;
using ReportMiner.Store.Data;
using ReportMiner.Store.Schema;

namespace ReportMiner.Store.Statistics;

/// <summary>What the store holds: documents by format, status, city and year, failures, and the size of the store and its search index.</summary>
public sealed class StatsService(DbConnection connection, string? databasePath = null)
{
    public StoreStats Collect(int failureLimit = 50) => new(
        Db.Count(connection, "SELECT COUNT(*) FROM documents"),
        Db.Count(connection, "SELECT COUNT(*) FROM projects"),
        Db.Count(connection, "SELECT COUNT(*) FROM indicators"),
        Counts("SELECT format, COUNT(*) FROM documents GROUP BY format ORDER BY 2 DESC, 1"),
        Counts("SELECT status, COUNT(*) FROM documents GROUP BY status ORDER BY 2 DESC, 1"),
        Counts("SELECT COALESCE(city, '(unknown)'), COUNT(DISTINCT document_id) FROM projects GROUP BY city ORDER BY 2 DESC, 1"),
        Counts("SELECT COALESCE(CAST(year AS TEXT), '(unknown)'), COUNT(DISTINCT document_id) FROM projects GROUP BY year ORDER BY 1"),
        Failures(failureLimit),
        StoreBytes(),
        IndexBytes(),
        StoreDatabase.Version(connection));

    private List<CountBy> Counts(string sql)
    {
        using var command = Db.Command(connection, null, sql);
        using var reader = command.ExecuteReader();
        var counts = new List<CountBy>();
        while (reader.Read()) counts.Add(new CountBy(reader.GetString(0), Db.Long(reader, 1)));
        return counts;
    }

    private List<ImportedFailure> Failures(int limit)
    {
        using var command = Db.Command(connection, null,
            "SELECT path, error_kind, error FROM documents WHERE status = 'failed' ORDER BY path LIMIT @limit", ("@limit", limit));
        using var reader = command.ExecuteReader();
        var failures = new List<ImportedFailure>();
        while (reader.Read()) failures.Add(new ImportedFailure(reader.GetString(0), Db.Text(reader, 1), Db.Text(reader, 2)));
        return failures;
    }

    /// <summary>Bytes of the SQLite file (with its WAL), or of the PostgreSQL database.</summary>
    private long StoreBytes()
    {
        var location = StoreLocation.Of(connection);
        if (location.Engine == StoreEngine.Postgres) return Db.Count(connection, "SELECT pg_database_size(current_database())");
        var path = databasePath ?? location.FilePath!;
        return new[] { path, path + "-wal" }.Where(File.Exists).Sum(p => new FileInfo(p).Length);
    }

    /// <summary>Bytes of the search index directory beside the store (absent until the first import or search).</summary>
    private List<CountBy> IndexBytes()
    {
        var directory = StoreLocation.Of(connection).IndexDirectory;
        var bytes = Directory.Exists(directory) ? new DirectoryInfo(directory).EnumerateFiles().Sum(f => f.Length) : 0;
        return [new CountBy("lucene " + directory, bytes)];
    }
}
