using System.Data.Common;
using ReportMiner.Store.Data;

namespace ReportMiner.Store.Schema;

/// <summary>One forward step of the schema: SQL, or code when existing rows must be recomputed.</summary>
internal sealed record Migration(string Description, Action<DbConnection, DbTransaction, SqlDialect> Apply)
{
    /// <summary>DDL written for SQLite; PostgreSQL runs it with its own types (see <see cref="SqlDialect.Ddl"/>).</summary>
    public static Migration Sql(string description, string sql) =>
        new(description, (connection, transaction, dialect) => Db.Execute(connection, transaction, dialect.Ddl(sql)));

    /// <summary>A step that only concerns one engine; on the other it only advances the version.</summary>
    public static Migration Only(StoreEngine engine, string description, string sql) =>
        new(description, (connection, transaction, dialect) =>
        {
            if (dialect.Engine == engine) Db.Execute(connection, transaction, sql);
        });
}
