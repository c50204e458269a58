using System.Data.Common;
using System.Globalization;
using ReportMiner.Store.Data;

namespace ReportMiner.Store.Browsing;

/// <summary>What a comparison can be made of: the categories and cities the compare rows hold, with row counts.</summary>
public sealed record CompareChoices(IReadOnlyList<Facet> Categories, IReadOnlyList<Facet> Cities, IReadOnlyList<int> Years)
{
    public static CompareChoices Of(DbConnection connection) => new(
        Counts(connection, "SELECT category, category, COUNT(*) FROM compare_rows GROUP BY category ORDER BY 3 DESC, 1"),
        Counts(connection, "SELECT city_key, MIN(city), COUNT(*) FROM budget_compare_rows WHERE city_key IS NOT NULL GROUP BY city_key ORDER BY 3 DESC, 1"),
        Counts(connection, "SELECT year, year, COUNT(*) FROM budget_compare_rows WHERE year IS NOT NULL GROUP BY year ORDER BY 1")
            .Select(f => int.Parse(f.Value, CultureInfo.InvariantCulture)).ToArray());

    private static List<Facet> Counts(DbConnection connection, string sql)
    {
        using var command = Db.Command(connection, null, sql);
        using var r = command.ExecuteReader();
        var list = new List<Facet>();
        while (r.Read())
            list.Add(new Facet(Convert.ToString(r.GetValue(0), CultureInfo.InvariantCulture)!,
                Convert.ToString(r.GetValue(1), CultureInfo.InvariantCulture)!, Db.Long(r, 2)));
        return list;
    }
}
