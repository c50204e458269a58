using Microsoft.Data.Sqlite;

namespace ReportMiner.Store.Schema;

/// <summary>Opens the store file, sets the pragmas every connection needs and migrates the schema forward.</summary>
public static class StoreDatabase
{
    public const string DefaultPath = "reportminer.db";

    public static int CurrentVersion => Migrations.Ordered.Count;

    public static SqliteConnection Open(string path, bool readOnly = false)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        try
        {
            // Memory-mapped reads and a larger page cache: queries touch many scattered rows of a large file.
            Execute(connection, "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000; PRAGMA mmap_size = 268435456; PRAGMA cache_size = -65536;");
            if (!readOnly)
            {
                Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
                Migrate(connection);
            }
            else if (Version(connection) != CurrentVersion)
            {
                throw new StoreException($"The store {path} has schema version {Version(connection)}; this build expects {CurrentVersion}. Run 'reportminer import' once to upgrade it.");
            }
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Opens an existing store for queries; a missing file is a user error, not an empty result.</summary>
    public static SqliteConnection OpenExisting(string path)
    {
        if (!File.Exists(path))
            throw new StoreException($"No store at {Path.GetFullPath(path)}. Import documents first: reportminer import PATH --db {path}");
        return Open(path);
    }

    public static int Version(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(command.ExecuteScalar());
    }

    private static void Migrate(SqliteConnection connection)
    {
        var version = Version(connection);
        if (version > CurrentVersion)
            throw new StoreException($"The store has schema version {version}, newer than this build ({CurrentVersion}). Use a newer reportminer.");
        for (var next = version; next < CurrentVersion; next++)
        {
            using var transaction = connection.BeginTransaction();
            Migrations.Ordered[next].Apply(connection, transaction);
            Execute(connection, $"PRAGMA user_version = {next + 1}", transaction);
            transaction.Commit();
        }
    }

    internal static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
