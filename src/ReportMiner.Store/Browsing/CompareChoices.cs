using Microsoft.Data.Sqlite;

namespace ReportMiner.Store.Browsing;

/// <summary>What a comparison can be made of: the categories and cities the compare rows hold, with row counts.</summary>
public sealed record CompareChoices(IReadOnlyList<Facet> Categories, IReadOnlyList<Facet> Cities, IReadOnlyList<int> Years)
{
    public static CompareChoices Of(SqliteConnection connection) => new(
        Counts(connection, "SELECT category, category, COUNT(*) FROM compare_rows GROUP BY category ORDER BY 3 DESC, 1"),
        Counts(connection, "SELECT city_key, MIN(city), COUNT(*) FROM budget_compare_rows WHERE city_key IS NOT NULL GROUP BY city_key ORDER BY 3 DESC, 1"),
        Counts(connection, "SELECT year, year, COUNT(*) FROM budget_compare_rows WHERE year IS NOT NULL GROUP BY year ORDER BY 1")
            .Select(f => int.Parse(f.Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray());

    private static List<Facet> Counts(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var r = command.ExecuteReader();
        var list = new List<Facet>();
        while (r.Read())
            list.Add(new Facet(Convert.ToString(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!,
                Convert.ToString(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)!, r.GetInt64(2)));
        return list;
    }
}
