using System.Data.Common;
using ReportMiner.Store.Data;

namespace ReportMiner.Store.Browsing;

/// <summary>The document an indicator was read from, and its report kind, for linking hits to document pages.</summary>
public sealed record IndicatorDocument(long IndicatorId, string Sha256, string? ReportKind, int? Table, int? Row);

public static class IndicatorDocuments
{
    public static IReadOnlyDictionary<long, IndicatorDocument> For(DbConnection connection, IEnumerable<long> indicatorIds)
    {
        var ids = indicatorIds.Distinct().ToArray();
        var found = new Dictionary<long, IndicatorDocument>();
        if (ids.Length == 0) return found;
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT i.id, d.sha256, p.report_kind, i.source_table, i.source_row FROM indicators i " +
            "JOIN projects p ON p.id = i.project_id JOIN documents d ON d.id = p.document_id WHERE " +
            SqlDialect.Of(connection).InList(command, "i.id", "@ids", ids);
        using var r = command.ExecuteReader();
        while (r.Read())
            found[Db.Long(r, 0)] = new IndicatorDocument(Db.Long(r, 0), r.GetString(1), Db.Text(r, 2), Db.Int(r, 3), Db.Int(r, 4));
        return found;
    }

    /// <summary>Content hash of each stored path (compare rows name their file by path).</summary>
    public static IReadOnlyDictionary<string, string> ShaByPath(DbConnection connection, IEnumerable<string> paths)
    {
        var list = paths.Distinct(StringComparer.Ordinal).ToArray();
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        if (list.Length == 0) return found;
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT d.path, d.sha256 FROM documents d WHERE " + SqlDialect.Of(connection).InList(command, "d.path", "@paths", list);
        using var r = command.ExecuteReader();
        while (r.Read()) found[r.GetString(0)] = r.GetString(1);
        return found;
    }
}
