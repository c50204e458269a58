using Microsoft.Data.Sqlite;
using ReportMiner.Store.Comparing;

namespace ReportMiner.Store.Writing;

/// <summary>
/// Several document writes in one transaction. Compare rows are refreshed once per touched project key, just
/// before the commit and inside the same transaction, so copies of one report written together are collapsed once
/// and a killed run leaves either everything or nothing. Disposing without <see cref="Commit"/> rolls back.
/// </summary>
public sealed class WriteBatch : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly RecordWriter _writer;
    private readonly HashSet<ComparisonKey> _stale = [];

    public WriteBatch(SqliteConnection connection)
    {
        _connection = connection;
        _writer = new RecordWriter(connection);
        Transaction = connection.BeginTransaction();
    }

    public SqliteTransaction Transaction { get; }

    public void Write(DocumentEntry entry, long? runId) => _writer.Write(entry, runId, Transaction, _stale);

    public void Remove(string path) => _writer.Remove(path, Transaction, _stale);

    public void Commit()
    {
        StoredComparisons.Refresh(_connection, Transaction, _stale);
        Transaction.Commit();
        _stale.Clear();
    }

    public void Dispose() => Transaction.Dispose();
}
