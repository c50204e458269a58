using System.Data.Common;
using System.Text;
using ReportMiner.Store.Data;
using ReportMiner.Store.Schema;
using ReportMiner.Store.Searching;

namespace ReportMiner.Store.Comparing;

/// <summary>One page of a comparison, with how many rows the whole comparison has.</summary>
public sealed record ComparedPage(IReadOnlyList<CompareRow> Rows, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// Compares one indicator, or the money, across cities and years, from compare rows collapsed at write time. Rows come
/// in city → year → project → report kind order, sorted and paged by the store, so a page never reads the whole comparison.
/// A whole indicator comparison on SQLite is chosen and ordered in memory (<see cref="ClosestNameRows"/>); a whole category
/// comparison on PostgreSQL is read in order from an index (<see cref="CategoryRowsInOrder"/>, migration 22).
/// </summary>
public sealed class CompareService(DbConnection connection)
{
    public IReadOnlyList<CompareRow> Indicators(CompareQuery query) => Stream(query, budgets: false).ToList();

    public IReadOnlyList<CompareRow> Budgets(CompareQuery query) => Stream(query, budgets: true).ToList();

    /// <summary>Every row, read one at a time (a download of any size holds one row in memory; on SQLite an indicator's one row per report).</summary>
    public IEnumerable<CompareRow> Stream(CompareQuery query, bool budgets)
    {
        var inCode = ChosenInCode(query, budgets);
        using var command = Command(query, budgets, null, inCode, out var rows);
        if (command is null) yield break;
        if (inCode)
        {
            command.CommandText = rows;
            foreach (var row in ClosestNameRows.Read(command)) yield return row;
            yield break;
        }
        if (InDisplayOrderIndex(query, budgets))
        {
            foreach (var row in CategoryRowsInOrder(command, rows)) yield return row;
            yield break;
        }
        command.CommandText = $"SELECT q.* FROM ({rows}) q ORDER BY {Order(command)}";
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return ReadRow(reader);
    }

    /// <summary>A whole category comparison on PostgreSQL reads migration 22's index (<see cref="CategoryRowsInOrder"/>).</summary>
    private bool InDisplayOrderIndex(CompareQuery query, bool budgets) =>
        !budgets && query.Category is not null && SqlDialect.Of(connection).Engine == StoreEngine.Postgres;

    /// <summary>
    /// A category's rows on PostgreSQL, in display order without a sort: the rows whose text fits migration 22's partial
    /// index come from an index-only scan of it, already ordered; the rest (normally none) are read first, in one round
    /// trip with them, and merged in by the same order.
    /// </summary>
    private IEnumerable<CompareRow> CategoryRowsInOrder(DbCommand command, string rows)
    {
        var order = Order(command);
        command.CommandText = $"SELECT q.* FROM ({rows} AND NOT ({CompareRowsInOrderMigration.Fits})) q ORDER BY {order}; " +
                              $"SELECT q.* FROM ({rows} AND {CompareRowsInOrderMigration.Fits}) q ORDER BY {order}";
        using var reader = command.ExecuteReader();
        var longer = new List<KeyedRow>();
        while (reader.Read()) longer.Add(Keyed(reader));
        reader.NextResult();
        if (longer.Count == 0)
        {
            while (reader.Read()) yield return ReadRow(reader);
            yield break;
        }
        var next = 0;
        while (reader.Read())
        {
            var row = Keyed(reader);
            while (next < longer.Count && KeyedRow.DisplayOrder(longer[next], row) < 0) yield return longer[next++].Row;
            yield return row.Row;
        }
        while (next < longer.Count) yield return longer[next++].Row;
    }

    // Selected's columns after the row: city_key, then name_key.
    private static KeyedRow Keyed(DbDataReader reader) =>
        new(ReadRow(reader), reader.IsDBNull(TotalColumn - 2) ? null : reader.GetString(TotalColumn - 2), reader.GetString(TotalColumn - 1));

    /// <summary>Page <paramref name="page"/> (from 1) of <paramref name="pageSize"/> rows; a page past the end is the last page.</summary>
    public ComparedPage Page(CompareQuery query, bool budgets, int page, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        // A page takes up to four statements (a count, its rows, and the last page's again when past the end): one
        // snapshot for all of them, so an import committing in between cannot make the count and the rows disagree.
        using var snapshot = SqlDialect.Of(connection).Snapshot(connection);
        var (rows, total) = Window(query, budgets, (page - 1) * pageSize, pageSize, snapshot);
        if (rows.Count > 0 || page == 1) return new ComparedPage(rows, total, page, pageSize);
        // Past the end: count (an empty window counted in its own pass has no row to count with), then show the last page.
        if (total == 0) (_, total) = Window(query, budgets, 0, 1, snapshot);
        var last = Math.Max(1, (total + pageSize - 1) / pageSize);
        return new ComparedPage(total == 0 ? [] : Window(query, budgets, (last - 1) * pageSize, pageSize, snapshot).Rows, total, last, pageSize);
    }

    /// <summary>Runs after each statement of <see cref="Page"/> (tests write from another connection there).</summary>
    internal Action? AfterStatement { get; init; }

    /// <summary>
    /// The rows from <paramref name="offset"/> and how many the whole comparison has (0 when the window is past the end).
    /// On SQLite a category's rows are counted in a query of their own, so the page reads only its own rows in index order
    /// (migration 13) instead of every row sorted; without that index (PostgreSQL, the money, an indicator's rows chosen by
    /// a window) counting apart reads every row twice, so the rows are counted in the same pass.
    /// </summary>
    private (IReadOnlyList<CompareRow> Rows, int Total) Window(CompareQuery query, bool budgets, int offset, int limit, DbTransaction snapshot)
    {
        using var command = Command(query, budgets, snapshot, inCode: false, out var selected);
        if (command is null) return ([], 0);
        var countApart = !budgets && query.Category is not null && connection is Microsoft.Data.Sqlite.SqliteConnection;
        var total = 0;
        if (countApart)
        {
            command.CommandText = $"SELECT COUNT(*) FROM ({selected}) q";
            total = Convert.ToInt32(command.ExecuteScalar());
            AfterStatement?.Invoke();
            if (offset >= total) return ([], total);
        }
        command.CommandText = $"SELECT q.*{(countApart ? "" : ", COUNT(*) OVER ()")} FROM ({selected}) q ORDER BY {Order(command)} LIMIT @limit OFFSET @offset";
        Db.Add(command, "@limit", limit);
        Db.Add(command, "@offset", offset);
        var rows = new List<CompareRow>(Math.Min(limit, 1000));
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                rows.Add(ReadRow(reader));
                if (!countApart) total = Convert.ToInt32(reader.GetValue(TotalColumn));
            }
        AfterStatement?.Invoke();
        return (rows, total);
    }

    /// <summary>
    /// A whole indicator comparison on SQLite: its rows are chosen and ordered by <see cref="ClosestNameRows"/>. A page is
    /// not: SQLite groups and sorts it, and only its own rows become objects (in code every report's row would).
    /// </summary>
    private bool ChosenInCode(CompareQuery query, bool budgets) =>
        !budgets && query.Indicator is not null && SqlDialect.Of(connection).Engine == StoreEngine.Sqlite;

    // The row's columns, its report kind, then (for ordering) its key columns.
    private const string Selected = $"{StoredComparisons.RowColumns}, report_kind, city_key, name_key";
    private static readonly int TotalColumn = Selected.Split(", ").Length;

    private string Order(DbCommand command)
    {
        var dialect = SqlDialect.Of(command.Connection!);
        return $"{dialect.Ordinal("q.city")} NULLS FIRST, q.year NULLS FIRST, {dialect.Ordinal("q.project")}, " +
               $"{dialect.Ordinal("q.report_kind")} NULLS FIRST, {dialect.Ordinal("q.city_key")} NULLS FIRST, {dialect.Ordinal("q.name_key")}";
    }

    /// <summary>
    /// A command holding the comparison's parameters, and its rows' query in <paramref name="rows"/>; null when no indicator
    /// name matches. <paramref name="inCode"/>: an indicator's rows with their reports and names' ranks, for <see cref="ClosestNameRows"/>.
    /// </summary>
    private DbCommand? Command(CompareQuery query, bool budgets, DbTransaction? transaction, bool inCode, out string rows)
    {
        if (!budgets && (query.Category is null) == (query.Indicator is null))
            throw new StoreException("Compare needs exactly one of --category or --indicator (or --budgets).");
        var dialect = SqlDialect.Of(connection);
        var command = connection.CreateCommand();
        // Without one given, the command keeps the transaction CreateCommand enlisted it in (a caller's, on SQLite).
        if (transaction is not null) command.Transaction = transaction;
        var sql = new StringBuilder();
        if (budgets) sql.Append($"SELECT {Selected} FROM budget_compare_rows p WHERE 1 = 1");
        else if (query.Category is not null)
        {
            sql.Append($"SELECT {Selected} FROM compare_rows p WHERE p.category = @category");
            Db.Add(command, "@category", query.Category);
        }
        else
        {
            var names = RankedNames(SearchTerms.Parse(query.Indicator!), transaction);
            if (names.Count == 0)
            {
                command.Dispose();
                rows = "";
                return null;
            }
            // One indicator stands for each report: the closest name match (names come ranked, the best first).
            var positions = dialect.Positions(command, "@names", names, "n");
            if (inCode)
            {
                // Each name's rows with the report and the name's rank, neither grouped nor sorted: ClosestNameRows keeps each report's best.
                sql.Append($"SELECT {Selected}, p.report_id, n.position FROM compare_name_rows p JOIN {positions} ON n.value = p.indicator_key WHERE 1 = 1");
                CompareFilters.Append(sql, command, query.Cities, query.Years, "p");
            }
            else if (dialect.Engine == StoreEngine.Sqlite)
            {
                // SQLite takes a group's other columns from the row of its min(): the same choice as the window below, for about
                // two thirds of the engine's CPU (its window copied every wide row through a sort and a table of its own).
                sql.Append($"SELECT {Selected} FROM (SELECT {Selected}, MIN(n.position) AS choice FROM compare_name_rows p JOIN {positions} " +
                           "ON n.value = p.indicator_key WHERE 1 = 1");
                CompareFilters.Append(sql, command, query.Cities, query.Years, "p");
                sql.Append(" GROUP BY p.city_key, p.year, p.report_kind, p.name_key) p");
            }
            else
            {
                sql.Append($"SELECT {Selected} FROM (SELECT {Selected}, ROW_NUMBER() OVER (PARTITION BY p.city_key, p.year, p.report_kind, p.name_key " +
                           $"ORDER BY n.position) AS choice FROM compare_name_rows p JOIN {positions} ON n.value = p.indicator_key WHERE 1 = 1");
                // PostgreSQL joins the ranked names by hashing every row of the table; the same names as a filter of the rows
                // let it read only theirs through the indicator index (SQLite seeks that index for each name).
                sql.Append(" AND ").Append(dialect.InList(command, "p.indicator_key", "@matching", names));
                CompareFilters.Append(sql, command, query.Cities, query.Years, "p");
                sql.Append(") p WHERE p.choice = 1");
            }
        }
        if (budgets || query.Category is not null) CompareFilters.Append(sql, command, query.Cities, query.Years, "p");
        rows = sql.ToString();
        return command;
    }

    /// <summary>
    /// The folded indicator names that contain every term (a few thousand distinct names, however many rows), best
    /// match first: the exact name, then names ending with the terms (as 月度话务接通率 ends with 接通率), then starting with them, shortest first.
    /// </summary>
    private List<string> RankedNames(IReadOnlyList<string> terms, DbTransaction? transaction)
    {
        var names = new List<string>();
        // A loose index scan: one index seek per distinct name, instead of reading every row's entry (DISTINCT does).
        using (var command = Db.Command(connection, transaction,
                   "WITH RECURSIVE names(k) AS (SELECT MIN(indicator_key) FROM compare_name_rows UNION ALL " +
                   "SELECT (SELECT MIN(indicator_key) FROM compare_name_rows WHERE indicator_key > names.k) FROM names WHERE names.k IS NOT NULL) " +
                   "SELECT k FROM names WHERE k IS NOT NULL"))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                var name = reader.GetString(0);
                if (terms.All(t => name.Contains(t, StringComparison.Ordinal))) names.Add(name);
            }
        var term = string.Concat(terms);
        return names.OrderBy(n => Rank(n, term)).ThenBy(n => n, StringComparer.Ordinal).ToList();
    }

    private static int Rank(string nameKey, string term)
    {
        var closeness = nameKey == term ? 0 : nameKey.EndsWith(term, StringComparison.Ordinal) ? 1
            : nameKey.StartsWith(term, StringComparison.Ordinal) ? 2 : 3;
        return closeness * 1000 + Math.Min(nameKey.Length, 999);
    }

    // The compare tables' columns are REAL/double precision and INTEGER/int4 on both engines (see StoredComparisonsMigration).
    internal static CompareRow ReadRow(DbDataReader r) => new(Db.Text(r, 0), Db.Int32(r, 1), r.GetString(2), Db.Text(r, 3), Db.Text(r, 4),
        Db.Real(r, 5), Db.Text(r, 6), Db.Real(r, 7), Db.Int32(r, 8) is { } met ? met != 0 : null, Db.Real(r, 9), Db.Real(r, 10), Db.Real(r, 11),
        r.GetInt32(12), r.GetInt32(13), r.GetString(14), Db.Text(r, 15));
}
