using System.Data.Common;
using ReportMiner.Store.Comparing;
using ReportMiner.Store.Data;

namespace ReportMiner.Store.Writing;

/// <summary>
/// What a transaction's writes touched, applied once just before its commit: the compare rows of each touched
/// project key are recomputed, and each touched document gets a row in the change sequence the search index replays.
/// </summary>
internal sealed class PendingChanges
{
    public HashSet<ComparisonKey> Keys { get; } = [];
    public SortedSet<long> Documents { get; } = [];

    public void Apply(DbConnection connection, DbTransaction transaction)
    {
        StoredComparisons.Refresh(connection, transaction, Keys);
        if (Documents.Count > 0)
        {
            // Sequence numbers are drawn under one lock held to commit, so they become visible in order and the
            // index never skips a change committed late with a lower number.
            SqlDialect.Of(connection).LockKeys(connection, transaction, ["reportminer changes"]);
            foreach (var document in Documents)
                Db.Execute(connection, transaction, "INSERT INTO changes (document_id) VALUES (@doc)", ("@doc", document));
        }
        Keys.Clear();
        Documents.Clear();
    }
}
