using System.Data.Common;
using ReportMiner.Store.Comparing;
using ReportMiner.Store.Data;

namespace ReportMiner.Store.Writing;

/// <summary>
/// What a transaction's writes touched, applied once just before its commit: the touched groups of near-named projects
/// are settled (<see cref="ProjectKeys.Settle"/>), the compare rows of each touched project key are recomputed, and
/// each touched document gets a row in the change sequence the search index replays.
/// Rows nothing reads before then (pages, indicators) wait in <see cref="Deferred"/> and go to the server with the
/// refresh's first statements, so a document costs fewer round trips.
/// </summary>
internal sealed class PendingChanges : IDisposable
{
    private RowInserts.Statements? _deferred;

    public HashSet<ComparisonKey> Keys { get; } = [];

    /// <summary>The cities, years and budgets whose projects were written or removed: their groups are settled first.</summary>
    public HashSet<ProjectKeys.Bucket> Buckets { get; } = [];
    public SortedSet<long> Documents { get; } = [];

    /// <summary>False in migrations older than 21, before compare_name_rows has its report_id column (21 fills it).</summary>
    public bool ReportIds { get; init; } = true;

    /// <summary>Inserts sent before the compare rows are refreshed, or earlier (<see cref="SendDeferred"/>).</summary>
    public RowInserts.Statements Deferred(DbConnection connection, DbTransaction transaction) =>
        _deferred ??= new RowInserts.Statements(connection, transaction);

    /// <summary>Sends the deferred inserts now: before a statement that must see them or that could break them (a delete).</summary>
    public void SendDeferred() => _deferred?.Flush();

    public void Apply(DbConnection connection, DbTransaction transaction)
    {
        // The deferred inserts, the compare rows' refresh, the change sequence's lock and the change rows go to the server
        // together: one round trip for the inserts, locks, deletes and reads, one for the new rows.
        var statements = Deferred(connection, transaction);
        // Re-keys (before the refresh reads them) the projects whose group a write changed; adds what it re-keyed to Keys and Documents.
        ProjectKeys.Settle(connection, transaction, Buckets, this);
        StoredComparisons.Refresh(connection, transaction, Keys, statements, ReportIds);
        if (Documents.Count > 0)
        {
            // Sequence numbers are drawn under one lock held to commit, so they become visible in order and the
            // index never skips a change committed late with a lower number.
            statements.Add(1, command => SqlDialect.Of(connection).LockStatement(command, "@changes", ["reportminer changes"]));
            statements.Insert("changes", ChangeColumns, Documents.Select(document => new object?[] { document }).ToArray());
        }
        statements.Flush();
        Keys.Clear();
        Documents.Clear();
        Buckets.Clear();
    }

    public void Dispose() => _deferred?.Dispose();

    private static readonly string[] ChangeColumns = ["document_id"];
}
