using System.Data.Common;
using System.Text;
using ReportMiner.Store.Data;

namespace ReportMiner.Store.Writing;

/// <summary>
/// Inserts many rows of one table with multi-row INSERT statements inside the caller's transaction: one round trip per
/// few hundred rows instead of one per row (which is what made PostgreSQL imports slow).
/// </summary>
internal static class RowInserts
{
    // Well below SQLite's 32,766 and PostgreSQL's 65,535 parameters per statement.
    private const int MaxParameters = 16_000;

    public static void Insert(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<string> columns,
        IReadOnlyList<object?[]> rows)
    {
        var perStatement = Math.Max(1, MaxParameters / columns.Count);
        var head = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ";
        foreach (var chunk in rows.Chunk(perStatement))
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder(head, head.Length + chunk.Length * columns.Count * 8);
            var n = 0;
            for (var r = 0; r < chunk.Length; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++, n++)
                {
                    var name = "@p" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    sql.Append(c == 0 ? name : ", " + name);
                    Db.Add(command, name, chunk[r][c]);
                }
                sql.Append(')');
            }
            command.CommandText = sql.ToString();
            command.ExecuteNonQuery();
        }
    }
}
