using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ReportMiner.Store.Data;

/// <summary>
/// Where a store lives, from the --db value: a file path (SQLite), a postgresql:// URI or an Npgsql connection
/// string (PostgreSQL). A password is best left to PGPASSWORD or ~/.pgpass; <see cref="Display"/> never shows one.
/// </summary>
public sealed record StoreLocation(StoreEngine Engine, string ConnectionString, string Display, string? FilePath)
{
    /// <summary>Environment variable naming the search index directory of a PostgreSQL store.</summary>
    public const string IndexVariable = "REPORTMINER_INDEX";

    public static StoreLocation Parse(string db)
    {
        if (string.IsNullOrWhiteSpace(db)) throw new StoreException("--db is empty: give a store file or a postgresql:// address.");
        if (db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase))
            return FromUriLocation(db);
        if (LooksLikeConnectionString(db)) return FromConnectionString(db);
        var full = Path.GetFullPath(db);
        return new StoreLocation(StoreEngine.Sqlite, full, full, full);
    }

    public static StoreLocation Of(DbConnection connection) => connection is SqliteConnection sqlite
        ? new StoreLocation(StoreEngine.Sqlite, sqlite.ConnectionString, sqlite.DataSource, sqlite.DataSource)
        : OfPostgres(connection);

    // Npgsql's types stand in methods of their own, which only a PostgreSQL store calls, and in none of their signatures:
    // the JIT loads Npgsql when it compiles a method that names them, and a SQLite run (a compare from the CLI) needs none.
    private static StoreLocation OfPostgres(DbConnection connection) => connection is NpgsqlConnection npgsql
        ? Postgres(new NpgsqlConnectionStringBuilder(npgsql.ConnectionString))
        : throw new StoreException($"Unsupported connection type {connection.GetType().Name}.");

    private static StoreLocation FromUriLocation(string db) => Postgres(FromUri(db));

    private static StoreLocation FromConnectionString(string db)
    {
        try { return Postgres(new NpgsqlConnectionStringBuilder(db)); }
        catch (ArgumentException ex) { throw new StoreException($"--db is not a valid PostgreSQL connection string: {ex.Message}", ex); }
    }

    /// <summary>The derived search index: beside the SQLite file, or $REPORTMINER_INDEX / a per-database cache directory.</summary>
    public string IndexDirectory
    {
        get
        {
            if (FilePath is not null) return FilePath + ".index";
            var configured = Environment.GetEnvironmentVariable(IndexVariable);
            if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured);
            var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            if (string.IsNullOrWhiteSpace(cache)) cache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            var name = string.Concat(Display.Split(Path.GetInvalidFileNameChars().Concat([':', '/', '@', ' ']).ToArray()));
            return Path.Combine(cache, "reportminer", "index-" + name);
        }
    }

    /// <summary>
    /// The same store for bulk work (copy): a statement may run for minutes — a million-row COPY checks its foreign
    /// keys when it completes — so a PostgreSQL command may take up to <paramref name="seconds"/> instead of Npgsql's
    /// 30, unless the connection string sets its own Command Timeout.
    /// </summary>
    public StoreLocation ForBulkWork(int seconds)
    {
        if (Engine != StoreEngine.Postgres) return this;
        // Parsed connection strings name their settings canonically, and only those that were set.
        if (new DbConnectionStringBuilder { ConnectionString = ConnectionString }.ContainsKey("Command Timeout")) return this;
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { CommandTimeout = seconds };
        return this with { ConnectionString = builder.ConnectionString };
    }

    /// <summary>How many statements a PostgreSQL connection keeps prepared (the least recently used make room).</summary>
    internal const int AutoPrepared = 128;

    private static bool LooksLikeConnectionString(string db) =>
        db.Contains('=') && (db.Contains("host=", StringComparison.OrdinalIgnoreCase) || db.Contains("server=", StringComparison.OrdinalIgnoreCase));

    private static StoreLocation Postgres(NpgsqlConnectionStringBuilder builder)
    {
        // Npgsql prepares a statement once a connection ran it twice (unless the connection string says otherwise), so
        // later runs skip the server's parsing and planning: an importer's writer runs the same few statements for every
        // document. One setting for every connection keeps one pool.
        if (!new DbConnectionStringBuilder { ConnectionString = builder.ConnectionString }.ContainsKey("Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = AutoPrepared;
            builder.AutoPrepareMinUsages = 2;
        }
        // Pooling stays on (Npgsql's default); the display form names the server and database only.
        var display = $"postgresql://{(string.IsNullOrEmpty(builder.Username) ? "" : builder.Username + "@")}{builder.Host}:{builder.Port}/{builder.Database}";
        return new StoreLocation(StoreEngine.Postgres, builder.ConnectionString, display, null);
    }

    private static NpgsqlConnectionStringBuilder FromUri(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            throw new StoreException("--db is not a valid postgresql://user@host:port/database address.");
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.Port > 0 ? uri.Port : 5432 };
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0) builder.Database = database;
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2) builder.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            if (kv.Length != 2) continue;
            var key = Uri.UnescapeDataString(kv[0]);
            var value = Uri.UnescapeDataString(kv[1]);
            try { builder[key == "sslmode" ? "SSL Mode" : key] = value; }
            catch (ArgumentException ex) { throw new StoreException($"--db has an option PostgreSQL does not know: {key} ({ex.Message})", ex); }
        }
        return builder;
    }
}
