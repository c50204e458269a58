using System.Data.Common;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using ReportMiner.Store.Data;

namespace ReportMiner.Store.Copying;

/// <summary>
/// Fills an empty PostgreSQL store from another store of the same schema version table by table with binary COPY,
/// rows, ids and derived compare rows as the source holds them, in one transaction. A copy through the import writer
/// makes several round trips per document and per report key; this makes one stream per table (a million indicator
/// rows took most of an hour the first way).
/// </summary>
internal static class BulkTableCopy
{
    // Parents before the tables that reference them. The store's identity and version stay the target's own.
    private static readonly string[] Tables =
        ["import_runs", "documents", "document_pages", "projects", "indicators", "compare_rows", "budget_compare_rows", "compare_name_rows", "changes"];

    private static readonly (string Table, string Column)[] Identities =
        [("import_runs", "id"), ("documents", "id"), ("document_pages", "id"), ("projects", "id"), ("indicators", "id"), ("changes", "seq")];

    public static bool TargetIsEmpty(NpgsqlConnection target) => Db.Count(target, "SELECT COUNT(*) FROM documents") == 0;

    /// <summary>Copies every table; the caller checks the counts afterwards.</summary>
    public static void Run(DbConnection source, NpgsqlConnection target, IProgress<(int Done, int Total)>? progress)
    {
        using var transaction = target.BeginTransaction();
        for (var t = 0; t < Tables.Length; t++)
        {
            CopyTable(source, target, Tables[t]);
            progress?.Report((t + 1, Tables.Length));
        }
        // Rows arrived with their ids: the identity sequences continue after the largest.
        foreach (var (table, column) in Identities)
            Db.Execute(target, transaction,
                $"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), COALESCE((SELECT MAX({column}) FROM {table}), 0) + 1, false)");
        transaction.Commit();
    }

    private static void CopyTable(DbConnection source, NpgsqlConnection target, string table)
    {
        var columns = TargetColumns(target, table);
        var names = string.Join(", ", columns.Select(c => c.Name));
        using var read = Db.Command(source, null, $"SELECT {names} FROM {table}");
        using var reader = read.ExecuteReader();
        using var import = target.BeginBinaryImport($"COPY {table} ({names}) FROM STDIN (FORMAT BINARY)");
        while (reader.Read())
        {
            import.StartRow();
            for (var i = 0; i < columns.Count; i++)
            {
                if (reader.IsDBNull(i)) import.WriteNull();
                else Write(import, reader.GetValue(i), columns[i].Type);
            }
        }
        import.Complete();
    }

    // SQLite stores a value in whatever type it was given; the target column's type decides what is written.
    private static void Write(NpgsqlBinaryImporter import, object value, string type)
    {
        switch (type)
        {
            case "bigint": import.Write(Convert.ToInt64(value, CultureInfo.InvariantCulture), NpgsqlDbType.Bigint); break;
            case "integer": import.Write(Convert.ToInt32(value, CultureInfo.InvariantCulture), NpgsqlDbType.Integer); break;
            case "double precision": import.Write(Convert.ToDouble(value, CultureInfo.InvariantCulture), NpgsqlDbType.Double); break;
            case "text": import.Write(Convert.ToString(value, CultureInfo.InvariantCulture)!, NpgsqlDbType.Text); break;
            default: throw new StoreException($"Cannot copy a column of type {type}: this build does not know it.");
        }
    }

    private static List<(string Name, string Type)> TargetColumns(NpgsqlConnection target, string table)
    {
        var columns = new List<(string, string)>();
        using var command = Db.Command(target, null,
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table ORDER BY ordinal_position",
            ("@table", table));
        using var reader = command.ExecuteReader();
        while (reader.Read()) columns.Add((reader.GetString(0), reader.GetString(1)));
        if (columns.Count == 0) throw new StoreException($"The target store has no table {table}.");
        return columns;
    }
}
