using System.Data.Common;
using ReportMiner.Store.Data;
using ReportMiner.Store.Text;

namespace ReportMiner.Store.Writing;

/// <summary>
/// Several document writes in one transaction. Compare rows are refreshed once per touched project key, just
/// before the commit and inside the same transaction, so copies of one report written together are collapsed once
/// and a killed run leaves either everything or nothing. Disposing without <see cref="Commit"/> rolls back.
/// </summary>
public sealed class WriteBatch : IDisposable
{
    private readonly DbConnection _connection;
    private readonly RecordWriter _writer;
    private readonly PendingChanges _pending = new();

    public WriteBatch(DbConnection connection)
    {
        _connection = connection;
        _writer = new RecordWriter(connection);
        Transaction = connection.BeginTransaction();
    }

    public DbTransaction Transaction { get; }

    /// <summary>False when the content is already imported at another path, so nothing was written.</summary>
    public bool Write(DocumentEntry entry, long? runId) => _writer.Write(entry, runId, Transaction, _pending);

    public void Remove(string path) => _writer.Remove(path, Transaction, _pending);

    /// <summary>
    /// For a batch that replaces stored documents (<paramref name="replaced"/>: their paths), locks before anything is
    /// written the city, year and budget buckets it will settle: those of the stored documents and those of the entries'
    /// projects. Otherwise a writer deletes a stored copy (locking its rows) and only then waits for the bucket, while
    /// another writer holding that bucket waits to re-key the deleted rows: a deadlock PostgreSQL breaks by rolling one
    /// batch back (seen every few batches with two importers re-importing overlapping files). Taken sorted in one
    /// statement; settling takes them again (with any a concurrent change added) before commit. A batch that only adds
    /// holds no row another writer's settling reads, so it locks at commit as before. SQLite has one writer.
    /// </summary>
    public void LockBuckets(IEnumerable<DocumentEntry> entries, IReadOnlyCollection<string> replaced)
    {
        var dialect = SqlDialect.Of(_connection);
        if (dialect.Engine != StoreEngine.Postgres || replaced.Count == 0) return;
        var buckets = new HashSet<ProjectKeys.Bucket>();
        foreach (var project in entries.SelectMany(entry => entry.Record?.Projects ?? []))
            if (project.BudgetWan is { } budget) buckets.Add(new ProjectKeys.Bucket(CityNames.Key(project.City), project.Year, budget));
        using (var command = Db.Command(_connection, Transaction, ""))
        {
            command.CommandText = "SELECT DISTINCT p.city_key, p.year, p.budget_wan FROM projects p JOIN documents d ON d.id = p.document_id WHERE " +
                                  dialect.InList(command, "d.path", "@paths", replaced) + " AND p.budget_wan IS NOT NULL";
            using var reader = command.ExecuteReader();
            while (reader.Read()) buckets.Add(new ProjectKeys.Bucket(Db.Text(reader, 0), Db.Int(reader, 1), Convert.ToDouble(reader.GetValue(2))));
        }
        if (buckets.Count > 0) dialect.LockKeys(_connection, Transaction, buckets.SelectMany(bucket => bucket.LockNames));
    }

    public void Commit()
    {
        _pending.Apply(_connection, Transaction);
        Transaction.Commit();
    }

    public void Dispose()
    {
        _pending.Dispose();
        Transaction.Dispose();
    }
}
