using System.Collections.Concurrent;
using System.Data.Common;
using ReportMiner.Store.Data;
using ReportMiner.Store.Schema;

namespace ReportMiner.Web.Hosting;

/// <summary>
/// Read-only connections to the store (an SQLite file or PostgreSQL), kept between requests: a connection that
/// stays open keeps its page cache and parsed schema, which a fresh one per request would rebuild every time. Each
/// read sees the latest commit, so imports made meanwhile show up. Writes happen only in import jobs, on their own connection.
/// </summary>
public sealed class StoreConnections(WorkbenchOptions options) : IDisposable
{
    private const int Kept = 4;
    private readonly ConcurrentBag<DbConnection> _idle = [];

    /// <summary>Names the store (the SQLite file's full path, or the PostgreSQL address without password).</summary>
    public string DatabasePath { get; } = StoreLocation.Parse(options.DatabasePath).Display;

    public Lease Open() => new(this, _idle.TryTake(out var connection) ? connection : StoreDatabase.Open(options.DatabasePath, readOnly: true));

    private void Return(DbConnection connection)
    {
        // A connection the server dropped (PostgreSQL restarted) is not worth keeping.
        if (_idle.Count < Kept && connection.State == System.Data.ConnectionState.Open) _idle.Add(connection);
        else connection.Dispose();
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var connection)) connection.Dispose();
    }

    /// <summary>A connection borrowed for one request; disposing gives it back.</summary>
    public sealed class Lease(StoreConnections owner, DbConnection connection) : IDisposable
    {
        public DbConnection Connection { get; } = connection;

        public static implicit operator DbConnection(Lease lease) => lease.Connection;

        public void Dispose() => owner.Return(Connection);
    }
}
