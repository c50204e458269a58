using System.Data.Common;

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
