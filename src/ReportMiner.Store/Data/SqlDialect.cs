using System.Data;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ReportMiner.Store.Data;

/// <summary>The few places where SQLite and PostgreSQL SQL differ: DDL types, list parameters, schema version, locks.</summary>
internal abstract class SqlDialect
{
    public static SqlDialect Sqlite { get; } = new SqliteDialect();
    public static SqlDialect Postgres { get; } = new PostgresDialect();

    // Tested against SQLite's type, which a SQLite store has loaded already: a test against Npgsql's would load Npgsql
    // into every SQLite run (a compare from the CLI).
    public static SqlDialect Of(DbConnection connection) => connection is SqliteConnection ? Sqlite : Postgres;

    public abstract StoreEngine Engine { get; }

    /// <summary>DDL written for SQLite, in this engine's types.</summary>
    public abstract string Ddl(string sqliteDdl);

    /// <summary>"column IN (the values)" with the values bound as one parameter.</summary>
    public abstract string InList<T>(DbCommand command, string column, string parameter, IEnumerable<T> values);

    /// <summary>
    /// A FROM item "alias(value, position)" over the values bound as one parameter, position counting from 0 in the
    /// order given (a ranking passed to a query).
    /// </summary>
    public abstract string Positions<T>(DbCommand command, string parameter, IEnumerable<T> values, string alias);

    /// <summary>Text compared by code point whatever the database's locale (as .NET's ordinal comparison does).</summary>
    public abstract string Ordinal(string column);

    public abstract int Version(DbConnection connection, DbTransaction? transaction);

    public abstract void SetVersion(DbConnection connection, DbTransaction transaction, int version);

    /// <summary>Serializes writers that refresh the same keys, until the transaction ends (SQLite has one writer anyway).</summary>
    public abstract void LockKeys(DbConnection connection, DbTransaction transaction, IEnumerable<string> keys);

    /// <summary>
    /// The statement of <see cref="LockKeys"/>, to send with others (its parameter added to <paramref name="command"/>): on
    /// PostgreSQL one statement that yields one result set; null on SQLite (nothing to lock).
    /// </summary>
    public abstract string? LockStatement(DbCommand command, string parameter, IEnumerable<string> keys);

    /// <summary>A read-only transaction whose statements all see the store as of its first read, whatever others write meanwhile.</summary>
    public abstract DbTransaction Snapshot(DbConnection connection);

    /// <summary>
    /// For a statement a process runs again and again (a search's): on PostgreSQL it is prepared, and Npgsql keeps it
    /// prepared on the physical connection, so later runs skip parsing and planning (about 0.6 ms a statement on a warm
    /// connection, more than the 50-row read itself). SQLite plans in-process; nothing to do there.
    /// </summary>
    public abstract void PrepareForReuse(DbCommand command);

    /// <summary>
    /// How many named parameters one statement should take. SQLite finds a parameter's name by walking the statement's
    /// list of names, once when parsing each use and once when Microsoft.Data.Sqlite binds it, so a statement's cost grows
    /// with the square of its parameters: a 16,000-parameter insert cost about 1.5 s to parse and bind, 95 µs a value
    /// (migration 15's compare-row inserts on a 1M-row store took minutes). PostgreSQL's driver looks names up in a table.
    /// </summary>
    public abstract int ParametersPerStatement { get; }

    /// <summary>
    /// Sets <c>projects.name_key</c> of many projects in one statement (ids and keys bound as two parameters). On
    /// PostgreSQL the rows are locked in id order first, as a writer of one row at a time would, so two writers cannot deadlock.
    /// </summary>
    public abstract string Rekey(DbCommand command, IReadOnlyList<(long Id, string Key)> keys);

    private sealed class SqliteDialect : SqlDialect
    {
        public override StoreEngine Engine => StoreEngine.Sqlite;

        public override string Ddl(string sqliteDdl) => sqliteDdl;

        public override string InList<T>(DbCommand command, string column, string parameter, IEnumerable<T> values)
        {
            Db.Add(command, parameter, JsonList.Of(values));
            return $"{column} IN (SELECT value FROM json_each({parameter}))";
        }

        public override string Positions<T>(DbCommand command, string parameter, IEnumerable<T> values, string alias)
        {
            Db.Add(command, parameter, JsonList.Of(values));
            return $"(SELECT value, key AS position FROM json_each({parameter})) AS {alias}";
        }

        // SQLite's default BINARY collation compares UTF-8 bytes, which is code point order.
        public override string Ordinal(string column) => column;

        public override int Version(DbConnection connection, DbTransaction? transaction) =>
            Convert.ToInt32(Db.Scalar(connection, transaction, "PRAGMA user_version"));

        public override void SetVersion(DbConnection connection, DbTransaction transaction, int version) =>
            Db.Execute(connection, transaction, $"PRAGMA user_version = {version}");

        public override void LockKeys(DbConnection connection, DbTransaction transaction, IEnumerable<string> keys) { }

        public override string? LockStatement(DbCommand command, string parameter, IEnumerable<string> keys) => null;

        // Deferred: a plain BEGIN takes no write lock, and in WAL mode its first read fixes the snapshot it reads.
        public override DbTransaction Snapshot(DbConnection connection) => ((SqliteConnection)connection).BeginTransaction(deferred: true);

        public override void PrepareForReuse(DbCommand command) { }

        public override int ParametersPerStatement => 200;

        public override string Rekey(DbCommand command, IReadOnlyList<(long Id, string Key)> keys)
        {
            Db.Add(command, "@rekeys", JsonSerializer.Serialize(keys.Select(k => new object[] { k.Id, k.Key })));
            return "UPDATE projects SET name_key = u.name_key FROM (SELECT json_extract(value, '$[0]') AS id, json_extract(value, '$[1]') AS name_key " +
                   "FROM json_each(@rekeys)) AS u WHERE projects.id = u.id";
        }
    }

    private sealed class PostgresDialect : SqlDialect
    {
        public override StoreEngine Engine => StoreEngine.Postgres;

        public override string Ddl(string sqliteDdl) => sqliteDdl
            .Replace("INTEGER PRIMARY KEY", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", StringComparison.Ordinal)
            .Replace(" REAL", " DOUBLE PRECISION", StringComparison.Ordinal)
            .Replace("INTEGER NOT NULL REFERENCES", "BIGINT NOT NULL REFERENCES", StringComparison.Ordinal)
            .Replace("INTEGER REFERENCES", "BIGINT REFERENCES", StringComparison.Ordinal)
            .Replace("size INTEGER", "size BIGINT", StringComparison.Ordinal);

        public override string InList<T>(DbCommand command, string column, string parameter, IEnumerable<T> values)
        {
            Db.Add(command, parameter, values.ToArray());
            return $"{column} = ANY({parameter})";
        }

        public override string Positions<T>(DbCommand command, string parameter, IEnumerable<T> values, string alias)
        {
            Db.Add(command, parameter, values.ToArray());
            return $"(SELECT value, position - 1 AS position FROM unnest({parameter}) WITH ORDINALITY AS u(value, position)) AS {alias}";
        }

        public override string Ordinal(string column) => column + " COLLATE \"C\"";

        public override int Version(DbConnection connection, DbTransaction? transaction)
        {
            // Outside the schema lock (no transaction) only read: two processes opening a new store at once would both
            // insert the table into the catalog, and one fails with 23505. The locked migration creates it.
            if (transaction is null)
            {
                if (!Convert.ToBoolean(Db.Scalar(connection, null, "SELECT to_regclass('schema_version') IS NOT NULL"))) return 0;
            }
            else
            {
                Db.Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            }
            return Convert.ToInt32(Db.Scalar(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version") ?? 0);
        }

        public override void SetVersion(DbConnection connection, DbTransaction transaction, int version)
        {
            Db.Execute(connection, transaction, "DELETE FROM schema_version");
            Db.Execute(connection, transaction, "INSERT INTO schema_version (version) VALUES (@v)", ("@v", version));
        }

        public override void LockKeys(DbConnection connection, DbTransaction transaction, IEnumerable<string> keys)
        {
            using var command = Db.Command(connection, transaction, "");
            if (LockStatement(command, "@k", keys) is not { } sql) return;
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        // One statement for all keys (one round trip), taken in the order of the array: sorted, so two writers touching
        // overlapping keys take them in the same order and cannot deadlock.
        public override string? LockStatement(DbCommand command, string parameter, IEnumerable<string> keys)
        {
            var ids = keys.Select(LockId).Distinct().Order().ToArray();
            if (ids.Length == 0) return null;
            Db.Add(command, parameter, ids);
            return $"SELECT pg_advisory_xact_lock(k) FROM unnest({parameter}::bigint[]) WITH ORDINALITY AS u(k, n) ORDER BY n";
        }

        public override DbTransaction Snapshot(DbConnection connection) => connection.BeginTransaction(IsolationLevel.RepeatableRead);

        // Statements already prepared on the connection cost no round trip here; a new one costs one, once.
        public override void PrepareForReuse(DbCommand command) => command.Prepare();

        // Well below PostgreSQL's 65,535.
        public override int ParametersPerStatement => 16_000;

        public override string Rekey(DbCommand command, IReadOnlyList<(long Id, string Key)> keys)
        {
            Db.Add(command, "@rekey_ids", keys.Select(k => k.Id).ToArray());
            Db.Add(command, "@rekey_keys", keys.Select(k => k.Key).ToArray());
            return "SELECT 1 FROM projects WHERE id = ANY(@rekey_ids) ORDER BY id FOR UPDATE;\n" +
                   "UPDATE projects SET name_key = u.name_key FROM unnest(@rekey_ids, @rekey_keys) AS u(id, name_key) WHERE projects.id = u.id";
        }

        private static long LockId(string key) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0);
    }
}
