using System.Data.Common;

namespace ReportMiner.Store.Indexing;

/// <summary>The search index of a store, for commands that manage it.</summary>
public static class StoreIndex
{
    /// <summary>Rebuilds the index from scratch from the store.</summary>
    public static SyncResult Rebuild(DbConnection connection) => SearchIndex.For(connection).Sync(connection, rebuild: true);

    /// <summary>Replays changes the index has not seen yet (what a search does first).</summary>
    public static SyncResult Update(DbConnection connection) => SearchIndex.For(connection).Sync(connection, rebuild: false);
}
