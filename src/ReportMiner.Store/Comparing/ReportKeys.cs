using System.Data.Common;
using System.Text;
using ReportMiner.Store.Data;

namespace ReportMiner.Store.Comparing;

/// <summary>
/// The one place that reads and matches projects by <see cref="ComparisonKey"/>: the compare rows, the search index's
/// choice of copy and the writers' refresh lists all group projects through it, so they cannot disagree on what a report is.
/// </summary>
internal static class ReportKeys
{
    /// <summary>The key columns of the projects table, in the order <see cref="Read"/> expects.</summary>
    public static string Columns(string alias) => $"{alias}.city_key, {alias}.year, {alias}.report_kind, {alias}.name_key";

    public const int ColumnCount = 4;

    public static ComparisonKey Read(DbDataReader r, int first) =>
        new(Db.Text(r, first), Db.Int(r, first + 1), Db.Text(r, first + 2), r.GetString(first + 3));

    /// <summary>
    /// Reads "SELECT key columns, <paramref name="columns"/> FROM projects p <paramref name="joins"/>" for every project, or only
    /// for those of some keys, and hands each row to <paramref name="row"/> with its key (the key's columns come first).
    /// </summary>
    public static void ReadProjects(DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<ComparisonKey>? keys,
        string columns, string joins, string? orderBy, Action<ComparisonKey, DbDataReader> row)
    {
        if (keys is { Count: 0 }) return;
        var select = $"SELECT {Columns("p")}{(columns.Length == 0 ? "" : ", " + columns)} FROM ";
        if (keys is not null && SqlDialect.Of(connection).Engine == StoreEngine.Sqlite)
        {
            // SQLite: all keys in one statement, as one JSON parameter walked in order, each key looked up through the
            // compare-key index. As OR'ed matches (300 keys, 1,200 named parameters a statement) parsing, planning and binding
            // them cost more than the reads: a catch-up of 500 new reports spent about a third of its CPU here (session 46).
            using var command = Db.Command(connection, transaction, "");
            Db.Add(command, "@keys", JsonList.OfRows(keys.Distinct().Select(key => new object?[] { key.CityKey, key.Year, key.ReportKind, key.NameKey })));
            // CROSS JOIN keeps the keys' loop outside, so rows come key by key as they did from the OR'ed matches; a key listed
            // twice is walked once, as an OR'ed match matched its rows once.
            command.CommandText = select + $"json_each(@keys) AS wanted CROSS JOIN projects p {joins} WHERE " +
                                  "p.city_key IS json_extract(wanted.value, '$[0]') AND p.year IS json_extract(wanted.value, '$[1]') AND " +
                                  "p.report_kind IS json_extract(wanted.value, '$[2]') AND p.name_key = json_extract(wanted.value, '$[3]')" +
                                  (orderBy is null ? "" : " ORDER BY " + orderBy);
            using var reader = command.ExecuteReader();
            while (reader.Read()) row(Read(reader, 0), reader);
            return;
        }
        // Few keys per statement: each is an OR'ed index match.
        var chunks = keys is null ? new IReadOnlyList<ComparisonKey>?[] { null } : keys.Chunk(300).ToArray<IReadOnlyList<ComparisonKey>?>();
        foreach (var chunk in chunks)
        {
            using var command = Db.Command(connection, transaction, "");
            var sql = new StringBuilder($"{select}projects p {joins}");
            if (chunk is not null) sql.Append(" WHERE ").Append(AnyOf(command, chunk, "p"));
            if (orderBy is not null) sql.Append(" ORDER BY ").Append(orderBy);
            command.CommandText = sql.ToString();
            using var reader = command.ExecuteReader();
            while (reader.Read()) row(Read(reader, 0), reader);
        }
    }

    /// <summary>The distinct keys of some documents' projects (all documents when null).</summary>
    public static HashSet<ComparisonKey> OfDocuments(DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<long>? documentIds)
    {
        var keys = new HashSet<ComparisonKey>();
        var chunks = documentIds is null ? new IReadOnlyList<long>?[] { null } : documentIds.Chunk(5000).ToArray<IReadOnlyList<long>?>();
        foreach (var chunk in chunks)
        {
            using var command = Db.Command(connection, transaction, "");
            command.CommandText = $"SELECT DISTINCT {Columns("p")} FROM projects p" +
                                  (chunk is null ? "" : " WHERE " + SqlDialect.Of(connection).InList(command, "p.document_id", "@docs", chunk));
            using var reader = command.ExecuteReader();
            while (reader.Read()) keys.Add(Read(reader, 0));
        }
        return keys;
    }

    /// <summary>
    /// Matches rows of any of the keys, on any table with the key columns; a missing city, year or kind matches only
    /// missing ones (index-friendly on both engines).
    /// </summary>
    public static string AnyOf(DbCommand command, IReadOnlyList<ComparisonKey> keys, string alias) =>
        "(" + string.Join(" OR ", keys.Select((key, i) => Match(command, key, alias, i.ToString(System.Globalization.CultureInfo.InvariantCulture)))) + ")";

    public static string Match(DbCommand command, ComparisonKey key, string alias, string suffix = "")
    {
        Db.Add(command, $"@kn{suffix}", key.NameKey);
        if (key.CityKey is not null) Db.Add(command, $"@kc{suffix}", key.CityKey);
        if (key.Year is not null) Db.Add(command, $"@ky{suffix}", key.Year.Value);
        if (key.ReportKind is not null) Db.Add(command, $"@kk{suffix}", key.ReportKind);
        return "(" + (key.CityKey is null ? $"{alias}.city_key IS NULL" : $"{alias}.city_key = @kc{suffix}") + " AND " +
               (key.Year is null ? $"{alias}.year IS NULL" : $"{alias}.year = @ky{suffix}") + " AND " +
               (key.ReportKind is null ? $"{alias}.report_kind IS NULL" : $"{alias}.report_kind = @kk{suffix}") +
               $" AND {alias}.name_key = @kn{suffix})";
    }

    /// <summary>The name two writers of copies of one report lock before refreshing its compare rows.</summary>
    public static string LockName(ComparisonKey key) => $"compare\u0001{key.CityKey}\u0001{key.Year}\u0001{key.ReportKind}\u0001{key.NameKey}";
}
