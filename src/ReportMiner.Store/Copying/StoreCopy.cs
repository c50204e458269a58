using System.Data.Common;
using ReportMiner.Store.Data;
using ReportMiner.Store.Indexing;
using ReportMiner.Store.Schema;
using ReportMiner.Store.Writing;

namespace ReportMiner.Store.Copying;

/// <summary>What a copy moved, and the row counts it checked on both sides.</summary>
public sealed record CopySummary(int Documents, int AlreadyPresent, TableCounts Source, TableCounts Copied);

/// <summary>Rows of the copied documents in each table.</summary>
public sealed record TableCounts(long Documents, long Projects, long Indicators, long Pages);

/// <summary>
/// Copies an archive between stores of either engine (SQLite → PostgreSQL and back) through the same writer as
/// import, in batches of whole documents; into an empty PostgreSQL store, table by table with binary COPY instead. Content the target already holds is left alone. At the end the rows of
/// the copied documents are counted on both sides; a difference is an error.
/// </summary>
public static class StoreCopy
{
    private const int BatchSize = 200;

    // A bound, not a wait without end: an hour per statement is far more than a million-row table needs.
    private const int BulkCommandSeconds = 3600;

    public static CopySummary Run(string from, string to, IProgress<(int Done, int Total)>? progress = null)
    {
        var source = StoreLocation.Parse(from);
        var target = StoreLocation.Parse(to);
        if (source.ConnectionString == target.ConnectionString)
            throw new StoreException($"--from and --to are the same store ({source.Display}).");
        using var reading = StoreDatabase.OpenExisting(source.ForBulkWork(BulkCommandSeconds));
        using var writing = StoreDatabase.Open(target.ForBulkWork(BulkCommandSeconds));
        if (writing is Npgsql.NpgsqlConnection postgres && BulkTableCopy.TargetIsEmpty(postgres))
        {
            BulkTableCopy.Run(reading, postgres, null);
            return Checked(reading, writing, target, present: 0, copiedShas: null);
        }
        var ids = StoreReader.DocumentIds(reading);
        var held = StoreReader.ShaByPath(writing);
        var copiedShas = new List<string>();
        var present = 0;
        for (var at = 0; at < ids.Count; at += BatchSize)
        {
            var chunk = ids.Skip(at).Take(BatchSize).ToArray();
            using (var batch = new WriteBatch(writing))
            {
                foreach (var entry in StoreReader.Entries(reading, chunk))
                {
                    if (held.TryGetValue(entry.Path, out var sha) && sha == entry.Sha256) present++;
                    else if (batch.Write(entry, null)) copiedShas.Add(entry.Sha256);
                    else present++;
                }
                batch.Commit();
            }
            progress?.Report((Math.Min(at + BatchSize, ids.Count), ids.Count));
        }
        return Checked(reading, writing, target, present, copiedShas);
    }

    /// <summary>Counts the copied documents' rows on both sides (all documents when <paramref name="copiedShas"/> is null) and brings the target's index up to date.</summary>
    private static CopySummary Checked(DbConnection reading, DbConnection writing, StoreLocation target, int present, IReadOnlyList<string>? copiedShas)
    {
        var expected = Count(reading, copiedShas);
        var copied = Count(writing, copiedShas);
        if (expected != copied)
            throw new StoreException($"The copy to {target.Display} does not add up: the source has {expected} for the copied documents, the target {copied}.");
        SearchIndex.For(writing).Sync(writing, rebuild: false);
        return new CopySummary(copiedShas?.Count ?? (int)copied.Documents, present, Count(reading, null), copied);
    }

    /// <summary>Rows of the documents with these hashes (every document when null).</summary>
    private static TableCounts Count(DbConnection connection, IReadOnlyList<string>? shas)
    {
        long Rows(string fromJoin)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {fromJoin}" +
                                  (shas is null ? "" : " WHERE " + SqlDialect.Of(connection).InList(command, "d.sha256", "@shas", shas));
            return Convert.ToInt64(command.ExecuteScalar());
        }
        return new TableCounts(
            Rows("documents d"),
            Rows("projects p JOIN documents d ON d.id = p.document_id"),
            Rows("indicators i JOIN projects p ON p.id = i.project_id JOIN documents d ON d.id = p.document_id"),
            Rows("document_pages g JOIN documents d ON d.id = g.document_id"));
    }
}
