using System.Data.Common;
using System.Globalization;
using ReportMiner.Store.Data;
using ReportMiner.Store.Text;

namespace ReportMiner.Store.Statistics;

/// <summary>
/// The cities and years the store holds, so a filter naming one it does not hold is an error that lists the
/// valid ones instead of an empty table.
/// </summary>
public sealed class KnownValues(DbConnection connection)
{
    public IReadOnlyList<string> Cities() =>
        Strings("SELECT DISTINCT city FROM projects WHERE city IS NOT NULL AND city <> '' ORDER BY city");

    public IReadOnlyList<int> Years() =>
        Strings("SELECT DISTINCT year FROM projects WHERE year IS NOT NULL ORDER BY year").Select(int.Parse).ToList();

    /// <summary>Throws naming every requested city or year the store does not hold, with the ones it does.</summary>
    public void Check(IReadOnlyList<string> cities, IReadOnlyList<int> years)
    {
        if (cities.Count > 0)
        {
            var held = Cities();
            var keys = held.Select(CityNames.Key).ToHashSet();
            var unknown = cities.Where(c => !keys.Contains(CityNames.Key(c) ?? c)).ToList();
            if (unknown.Count > 0)
                throw new StoreException($"The store has no city {string.Join(", ", unknown)}. Cities in the store: {List(held)}.");
        }
        if (years.Count > 0)
        {
            var held = Years();
            if (!years.Any(held.Contains))
                throw new StoreException($"The store has no report for {Span(years)}. Years in the store: {List(held.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList())}.");
        }
    }

    private static string Span(IReadOnlyList<int> years) => years.Count == 1 ? years[0].ToString(CultureInfo.InvariantCulture) : $"{years.Min()}–{years.Max()}";

    private static string List(IReadOnlyList<string> values) => values.Count == 0 ? "(none)" : string.Join(", ", values);

    private List<string> Strings(string sql)
    {
        using var command = Db.Command(connection, null, sql);
        var values = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        return values;
    }
}
