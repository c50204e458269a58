using System.Text;
using Microsoft.Data.Sqlite;
using ReportMiner.Store.Text;

namespace ReportMiner.Store.Comparing;

/// <summary>The city and year filters of a comparison, on any table with city_key and year columns.</summary>
internal static class CompareFilters
{
    public static void Append(StringBuilder sql, SqliteCommand command, CompareQuery query, string alias)
    {
        if (query.Cities.Count > 0)
        {
            sql.Append($" AND {alias}.city_key IN (SELECT value FROM json_each($cities))");
            var keys = query.Cities.Select(c => CityNames.Key(c) ?? c).Distinct();
            command.Parameters.AddWithValue("$cities", System.Text.Json.JsonSerializer.Serialize(keys));
        }
        if (query.Years.Count > 0)
        {
            sql.Append($" AND {alias}.year IN (SELECT value FROM json_each($years))");
            command.Parameters.AddWithValue("$years", "[" + string.Join(',', query.Years) + "]");
        }
    }
}
