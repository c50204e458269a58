using System.Data.Common;
using ReportMiner.Store.Data;

namespace ReportMiner.Store.Comparing;

/// <summary>The columns a compare candidate is read from, shared by live comparisons and the stored compare rows.</summary>
internal static class Candidates
{
    public const string ProjectColumns =
        "d.id, p.city, p.city_key, p.year, p.name, p.name_key, p.budget_wan, p.actual_wan, p.execution_rate_pct, d.path";

    public const string IndicatorColumns = "i.name, i.target_text, i.target_value, i.actual_text, i.actual_value, i.met";

    public static CandidateRow Read(DbDataReader r, bool withIndicator) => new(
        Db.Long(r, 0), Db.Text(r, 1), Db.Text(r, 2), Db.Int(r, 3), r.GetString(4), r.GetString(5), Db.Number(r, 6),
        Db.Number(r, 7), Db.Number(r, 8), r.GetString(9),
        withIndicator ? r.GetString(10) : null, withIndicator ? Db.Text(r, 11) : null, withIndicator ? Db.Number(r, 12) : null,
        withIndicator ? Db.Text(r, 13) : null, withIndicator ? Db.Number(r, 14) : null,
        withIndicator ? Db.Flag(r, 15) : null);

    public static string? Text(DbDataReader r, int i) => Db.Text(r, i);

    public static double? Number(DbDataReader r, int i) => Db.Number(r, i);

    /// <summary>Matches one project key; a missing city or year matches only missing ones (index-friendly on both engines).</summary>
    public static string KeyMatch(ComparisonKey key, string alias) =>
        (key.CityKey is null ? $"{alias}.city_key IS NULL" : $"{alias}.city_key = @city") + " AND " +
        (key.Year is null ? $"{alias}.year IS NULL" : $"{alias}.year = @year") + $" AND {alias}.name_key = @name";
}
