using System.Data.Common;

namespace ReportMiner.Store.Importing;

/// <summary>What the store already holds when a run starts: each path's content hash, and every imported hash.</summary>
internal sealed class StoredState
{
    private readonly Dictionary<string, string> _shaByPath = new(StringComparer.Ordinal);
    private readonly HashSet<string> _importedShas = new(StringComparer.Ordinal);

    public static StoredState Load(DbConnection connection)
    {
        var state = new StoredState();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT path, sha256, status FROM documents";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            state._shaByPath[reader.GetString(0)] = reader.GetString(1);
            if (reader.GetString(2) == "imported") state._importedShas.Add(reader.GetString(1));
        }
        return state;
    }

    /// <summary>True when this content is already imported (here or at another path): nothing to add.</summary>
    public bool HasImported(string sha256) => _importedShas.Contains(sha256);

    /// <summary>True when the path holds an older version that must go because its content moved or changed.</summary>
    public bool HoldsOtherVersion(string path, string sha256) =>
        _shaByPath.TryGetValue(path, out var stored) && stored != sha256;
}
