using System.Data.Common;
using ReportMiner.Store.Data;

namespace ReportMiner.Store.Browsing;

/// <summary>Links to stored documents by path.</summary>
public static class IndicatorDocuments
{
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
