using Microsoft.Data.Sqlite;

namespace ReportMiner.Store.Comparing;

/// <summary>The columns a compare candidate is read from, shared by live comparisons and the stored compare rows.</summary>
internal static class Candidates
{
    public const string ProjectColumns =
        "d.id, p.city, p.city_key, p.year, p.name, p.name_key, p.budget_wan, p.actual_wan, p.execution_rate_pct, d.path";

    public const string IndicatorColumns = "i.name, i.target_text, i.target_value, i.actual_text, i.actual_value, i.met";

    public static CandidateRow Read(SqliteDataReader r, bool withIndicator) => new(
        r.GetInt64(0), Text(r, 1), Text(r, 2), r.IsDBNull(3) ? null : r.GetInt32(3), r.GetString(4), r.GetString(5), Number(r, 6),
        Number(r, 7), Number(r, 8), r.GetString(9),
        withIndicator ? r.GetString(10) : null, withIndicator ? Text(r, 11) : null, withIndicator ? Number(r, 12) : null,
        withIndicator ? Text(r, 13) : null, withIndicator ? Number(r, 14) : null,
        withIndicator && !r.IsDBNull(15) ? r.GetInt64(15) != 0 : null);

    public static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static double? Number(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
}
