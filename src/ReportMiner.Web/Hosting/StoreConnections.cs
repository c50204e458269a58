using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using ReportMiner.Store.Schema;

namespace ReportMiner.Web.Hosting;

/// <summary>
/// Read-only connections to the store, kept between requests: a connection that stays open keeps its page cache
/// and parsed schema, which a fresh one per request would rebuild every time. Each read sees the latest commit
/// (WAL), so imports made meanwhile show up. Writes happen only in import jobs, on their own connection.
/// </summary>
public sealed class StoreConnections(WorkbenchOptions options) : IDisposable
{
    private const int Kept = 4;
    private readonly ConcurrentBag<SqliteConnection> _idle = [];

    public string DatabasePath { get; } = Path.GetFullPath(options.DatabasePath);

    public Lease Open() => new(this, _idle.TryTake(out var connection) ? connection : StoreDatabase.Open(options.DatabasePath, readOnly: true));

    private void Return(SqliteConnection connection)
    {
        if (_idle.Count < Kept) _idle.Add(connection);
        else connection.Dispose();
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var connection)) connection.Dispose();
    }

    /// <summary>A connection borrowed for one request; disposing gives it back.</summary>
    public sealed class Lease(StoreConnections owner, SqliteConnection connection) : IDisposable
    {
        public SqliteConnection Connection { get; } = connection;

        public static implicit operator SqliteConnection(Lease lease) => lease.Connection;

        public void Dispose() => owner.Return(Connection);
    }
}
