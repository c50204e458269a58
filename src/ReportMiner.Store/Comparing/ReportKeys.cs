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
            // CROSS JOIN keeps the keys' loop outside, so rows come key by key as they did from the OR'ed matches; a key listed
            // twice is walked once, as an OR'ed match matched its rows once.
            var (from, where) = Matching(command, keys, "p").Single();
            command.CommandText = select + $"{from} CROSS JOIN projects p {joins} WHERE {where}" + (orderBy is null ? "" : " ORDER BY " + orderBy);
            using var reader = command.ExecuteReader();
            while (reader.Read()) row(Read(reader, 0), reader);
            return;
        }
        // PostgreSQL: the keys as a few arrays, each key looked up through the compare-key index (AmongRows), instead of
        // OR'ed matches of 300 keys and 1,200 named parameters a statement: a catch-up's project read of 382 reports took
        // 15–21 instead of 24–36 ms (session 47).
        using (var command = Db.Command(connection, transaction, ""))
        {
            var sql = new StringBuilder($"{select}projects p {joins}");
            if (keys is not null) sql.Append(" WHERE ").Append(AmongRows(Matching(command, keys), StoreEngine.Postgres, "projects", "id", "p.id"));
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

    /// <summary>At most this many parameters are added by <see cref="Matching"/> (on PostgreSQL, four arrays for each way a key can lack parts).</summary>
    public const int MatchingParameters = 32;

    /// <summary>
    /// The rows of any of the keys in a table aliased <paramref name="alias"/>, as one or more (FROM item of the keys aliased <c>wanted</c>,
    /// condition joining that table to it) pairs whose matches together are the rows; the keys are bound as a few parameters,
    /// not four a key. A missing city, year or kind matches only missing ones, and every pair is an index look-up per key:
    /// SQLite walks one JSON parameter and compares with IS (its index takes IS NULL and IS value alike); PostgreSQL's IS NOT
    /// DISTINCT FROM takes no index, so keys are grouped by which parts they lack, each group unnested from arrays of the
    /// parts it has, its missing parts matched with IS NULL. A key listed twice matches its rows in one pair.
    /// </summary>
    public static IReadOnlyList<(string From, string Where)> Matching(DbCommand command, IEnumerable<ComparisonKey> keys, string alias = "q")
    {
        var distinct = keys.Distinct().ToArray();
        if (SqlDialect.Of(command.Connection!).Engine == StoreEngine.Sqlite)
        {
            Db.Add(command, "@keys", JsonList.OfRows(distinct.Select(key => new object?[] { key.CityKey, key.Year, key.ReportKind, key.NameKey })));
            return [("json_each(@keys) AS wanted",
                $"{alias}.city_key IS json_extract(wanted.value, '$[0]') AND {alias}.year IS json_extract(wanted.value, '$[1]') AND " +
                $"{alias}.report_kind IS json_extract(wanted.value, '$[2]') AND {alias}.name_key = json_extract(wanted.value, '$[3]')")];
        }
        var parts = new List<(string From, string Where)>();
        foreach (var group in distinct.GroupBy(key => (City: key.CityKey is null, Year: key.Year is null, Kind: key.ReportKind is null)).OrderBy(g => g.Key))
        {
            var suffix = parts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var columns = new List<string> { "n" };
            Db.Add(command, $"@kn{suffix}", group.Select(key => key.NameKey).ToArray());
            var where = new StringBuilder($"{alias}.name_key = wanted.n");
            if (group.Key.City) where.Append($" AND {alias}.city_key IS NULL");
            else
            {
                Db.Add(command, $"@kc{suffix}", group.Select(key => key.CityKey!).ToArray());
                columns.Add("c");
                where.Append($" AND {alias}.city_key = wanted.c");
            }
            if (group.Key.Year) where.Append($" AND {alias}.year IS NULL");
            else
            {
                Db.Add(command, $"@ky{suffix}", group.Select(key => key.Year!.Value).ToArray());
                columns.Add("y");
                where.Append($" AND {alias}.year = wanted.y");
            }
            if (group.Key.Kind) where.Append($" AND {alias}.report_kind IS NULL");
            else
            {
                Db.Add(command, $"@kk{suffix}", group.Select(key => key.ReportKind!).ToArray());
                columns.Add("k");
                where.Append($" AND {alias}.report_kind = wanted.k");
            }
            var arrays = string.Join(", ", columns.Select(c => $"@k{c}{suffix}"));
            parts.Add(($"unnest({arrays}) AS wanted({string.Join(", ", columns)})", where.ToString()));
        }
        return parts;
    }

    /// <summary>
    /// "<paramref name="outer"/> is the <paramref name="column"/> of a row of <paramref name="table"/> of any of the keys"
    /// (<see cref="Matching"/>), as a condition. On PostgreSQL the rows are looked up key by key (a lateral subquery the
    /// planner cannot flatten) and handed over as one array: joined set-based, a fresh store's tables (no statistics yet:
    /// an import's first minute) were hashed whole for a handful of keys, twice the OR'ed matches' execution time.
    /// </summary>
    public static string AmongRows(IReadOnlyList<(string From, string Where)> matching, StoreEngine engine, string table, string column, string outer) =>
        engine == StoreEngine.Sqlite
            ? $"{outer} IN ({string.Join(" UNION ALL ", matching.Select(m => $"SELECT q.{column} FROM {m.From} CROSS JOIN {table} q WHERE {m.Where}"))})"
            : $"{outer} = ANY(ARRAY({string.Join(" UNION ALL ", matching.Select(m =>
                $"SELECT m.v FROM {m.From} CROSS JOIN LATERAL (SELECT q.{column} AS v FROM {table} q WHERE {m.Where} OFFSET 0) AS m"))}))";

    /// <summary>
    /// Matches rows of any of the keys, on any table with the key columns; a missing city, year or kind matches only
    /// missing ones (index-friendly on both engines). PostgreSQL's compare-row refresh matches its keys this way: its
    /// planner takes a few hundred OR'ed matches in well under a millisecond and, even on a fresh store without
    /// statistics, reads each through the index (measured against <see cref="Matching"/>, session 47).
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
