using System.Data.Common;
using System.Text;
using ReportMiner.Store.Data;
using ReportMiner.Store.Text;

namespace ReportMiner.Store.Comparing;

/// <summary>The city and year filters of a comparison, on any table with city_key and year columns.</summary>
internal static class CompareFilters
{
    public static void Append(StringBuilder sql, DbCommand command, IReadOnlyList<string> cities, IReadOnlyList<int> years, string alias)
    {
        var dialect = SqlDialect.Of(command.Connection!);
        if (cities.Count > 0)
            sql.Append(" AND ").Append(dialect.InList(command, $"{alias}.city_key", "@cities", cities.Select(c => CityNames.Key(c) ?? c).Distinct()));
        if (years.Count > 0)
            sql.Append(" AND ").Append(dialect.InList(command, $"{alias}.year", "@years", years.Distinct()));
    }
}
