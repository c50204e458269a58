using System.Data.Common;
using System.Globalization;
using ReportMiner.Store.Data;

namespace ReportMiner.Store.Browsing;

/// <summary>
/// Names the store's current content: its identity and the last committed change. Every import, replacement or
/// removal of a document adds a change, so anything computed from the store stays valid while this stays the same.
/// </summary>
public static class StoreGeneration
{
    public static string Of(DbConnection connection)
    {
        var (identity, seq) = Read(connection);
        return identity + ":" + seq.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The store's identity ("" when it has none) and its last change, in one statement (one round trip).</summary>
    internal static (string Identity, long Seq) Read(DbConnection connection)
    {
        using var command = Db.Command(connection, null, Statement);
        using var reader = command.ExecuteReader();
        reader.Read();
        return Row(reader);
    }

    /// <summary>The statement <see cref="Read"/> runs, for a command that asks it along with other statements.</summary>
    internal const string Statement = "SELECT (SELECT MIN(id) FROM store_identity), (SELECT COALESCE(MAX(seq), 0) FROM changes)";

    /// <summary>The current row of <see cref="Statement"/>'s result.</summary>
    internal static (string Identity, long Seq) Row(DbDataReader reader) => (Db.Text(reader, 0) ?? "", Db.Long(reader, 1));
}
