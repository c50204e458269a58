using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using ReportMiner.Store.Data;

namespace ReportMiner.Store.Schema;

/// <summary>
/// Opens a store — an SQLite file or a PostgreSQL database, chosen by the --db value (see <see cref="StoreLocation"/>) —
/// sets what every connection needs and migrates the schema forward.
/// </summary>
public static class StoreDatabase
{
    public const string DefaultPath = "reportminer.db";

    public static int CurrentVersion => Migrations.Ordered.Count;

    public static DbConnection Open(string db, bool readOnly = false) => Open(StoreLocation.Parse(db), readOnly);

    public static DbConnection Open(StoreLocation location, bool readOnly = false)
    {
        var connection = Connect(location, readOnly);
        try
        {
            if (!readOnly) Migrate(connection, location);
            else if (Version(connection) != CurrentVersion)
                throw new StoreException($"The store {location.Display} has schema version {Version(connection)}; this build expects {CurrentVersion}. Run 'reportminer import' once to upgrade it.");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Opens an existing store for queries; a missing SQLite file is a user error, not an empty result.</summary>
    public static DbConnection OpenExisting(string db) => OpenExisting(StoreLocation.Parse(db));

    /// <inheritdoc cref="OpenExisting(string)"/>
    public static DbConnection OpenExisting(StoreLocation location)
    {
        if (location.FilePath is not null && !File.Exists(location.FilePath))
            throw new StoreException($"No store at {location.FilePath}. Import documents first: reportminer import PATH --db {location.FilePath}");
        return Open(location);
    }

    // A method of its own, no Npgsql type in its signature: the JIT loads Npgsql when it compiles a method naming its
    // types, so a SQLite run never does.
    private static DbConnection ConnectPostgres(StoreLocation location)
    {
        var npgsql = new NpgsqlConnection(location.ConnectionString);
        try { npgsql.Open(); }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            npgsql.Dispose();
            // The message names server and database only; a password given in --db never reaches the console.
            throw new StoreException($"Cannot connect to {location.Display}: {ex.Message}" +
                                     " Check the address, that the server runs, and the password (PGPASSWORD or ~/.pgpass).", ex);
        }
        return npgsql;
    }

    public static int Version(DbConnection connection) => SqlDialect.Of(connection).Version(connection, null);

    private static DbConnection Connect(StoreLocation location, bool readOnly)
    {
        if (location.Engine == StoreEngine.Postgres) return ConnectPostgres(location);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = location.FilePath,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        try
        {
            // Memory-mapped reads and a larger page cache: queries touch many scattered rows of a large file.
            Db.Execute(connection, null, "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000; PRAGMA mmap_size = 268435456; PRAGMA cache_size = -65536;");
            if (!readOnly) Db.Execute(connection, null, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void Migrate(DbConnection connection, StoreLocation location)
    {
        var dialect = SqlDialect.Of(connection);
        if (dialect.Version(connection, null) == CurrentVersion) return;
        using var transaction = connection.BeginTransaction();
        // Several processes may open a new PostgreSQL store at once: one migrates, the others wait and find it done.
        dialect.LockKeys(connection, transaction, ["reportminer schema"]);
        var version = dialect.Version(connection, transaction);
        if (version > CurrentVersion)
            throw new StoreException($"The store {location.Display} has schema version {version}, newer than this build ({CurrentVersion}). Use a newer reportminer.");
        for (var next = version; next < CurrentVersion; next++) Migrations.Ordered[next].Apply(connection, transaction, dialect);
        dialect.SetVersion(connection, transaction, CurrentVersion);
        transaction.Commit();
    }

    internal static void Execute(DbConnection connection, string sql, DbTransaction? transaction = null) => Db.Execute(connection, transaction, sql);
}
