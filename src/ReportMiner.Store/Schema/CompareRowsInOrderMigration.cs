using ReportMiner.Store.Data;

namespace ReportMiner.Store.Schema;

/// <summary>
/// Migration 22: on PostgreSQL a comparison by category reads its rows in display order (city, year, project, report
/// kind, then the key; nulls first, text by code point) by an index-only scan of an index that also holds the shown
/// columns, instead of a bitmap scan of the table and a sort of every row (at 1M indicator rows the sort was about half
/// of the server's CPU for 4,759 answer_rate rows, session 43). A b-tree entry there is limited to about 2.7 kB, so the
/// index is partial: it holds the rows whose text fits (<see cref="Fits"/>, at most 2,000 bytes together), which is
/// every row a report of the usual kind writes, and a row with longer text is never refused by an import. The rows
/// that do not fit are found through a second, normally empty, index and merged in display order by the reader
/// (<c>CompareService</c>). On SQLite the step only advances the version: migration 13 gave it such an index.
/// </summary>
internal static class CompareRowsInOrderMigration
{
    /// <summary>
    /// The partial index's predicate. A statement that reads the index repeats it word for word (PostgreSQL proves a
    /// partial index usable by matching the expression), so it is written for the alias p.
    /// </summary>
    public const string Fits =
        "octet_length(p.category) + coalesce(octet_length(p.city), 0) + octet_length(p.project) + coalesce(octet_length(p.report_kind), 0) + " +
        "coalesce(octet_length(p.city_key), 0) + octet_length(p.name_key) + coalesce(octet_length(p.indicator), 0) + " +
        "coalesce(octet_length(p.target_text), 0) + coalesce(octet_length(p.actual_text), 0) + octet_length(p.file) <= 2000";

    public static Migration Step { get; } = Migration.Only(StoreEngine.Postgres,
        "compare rows of a category are read in display order from an index that holds the shown columns",
        "CREATE INDEX IF NOT EXISTS compare_rows_in_order ON compare_rows (category, city COLLATE \"C\" NULLS FIRST, year NULLS FIRST, " +
        "project COLLATE \"C\", report_kind COLLATE \"C\" NULLS FIRST, city_key COLLATE \"C\" NULLS FIRST, name_key COLLATE \"C\") " +
        "INCLUDE (indicator, target_text, target_value, actual_text, actual_value, met, budget_wan, actual_wan, execution_rate_pct, sources, agreeing, file) " +
        $"WHERE {Unaliased(Fits)}; " +
        $"CREATE INDEX IF NOT EXISTS compare_rows_too_long ON compare_rows (category) WHERE NOT ({Unaliased(Fits)})");

    private static string Unaliased(string predicate) => predicate.Replace("p.", "", StringComparison.Ordinal);
}
