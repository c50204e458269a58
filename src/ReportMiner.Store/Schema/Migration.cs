using Microsoft.Data.Sqlite;

namespace ReportMiner.Store.Schema;

/// <summary>One forward step of the schema: SQL, or code when existing rows must be recomputed.</summary>
internal sealed record Migration(string Description, Action<SqliteConnection, SqliteTransaction> Apply)
{
    public static Migration Sql(string description, string sql) =>
        new(description, (connection, transaction) => StoreDatabase.Execute(connection, sql, transaction));
}
