using System.Data.Common;
using ReportMiner.Store.Data;
using ReportMiner.Store.Text;

namespace ReportMiner.Store.Writing;

/// <summary>
/// Chooses a project's comparison key when it is written: its <see cref="ProjectNames.Key"/>, or the key of a
/// project already stored for the same city and year with the same budget whose key is only a misread away.
/// </summary>
internal static class ProjectKeys
{
    public static string Choose(DbConnection connection, DbTransaction transaction, string name, string? city, string? cityKey,
        int? year, double? budgetWan, string? department, string documentSha256)
    {
        var key = ProjectNames.Key(name, city);
        if (key.Length == 0) return Unnamed(department, budgetWan, documentSha256);
        if (budgetWan is null) return key;
        // "= value" or "IS NULL", not "IS NOT DISTINCT FROM": PostgreSQL cannot seek an index with the latter, so every
        // written project scanned the whole projects table (an archive's import grew with the square of its size).
        using var command = Db.Command(connection, transaction,
            "SELECT DISTINCT name_key FROM projects WHERE " + (cityKey is null ? "city_key IS NULL" : "city_key = @city") + " AND " +
            (year is null ? "year IS NULL" : "year = @year") + " AND abs(budget_wan - @budget) < 0.000001 AND name_key <> @key",
            ("@budget", budgetWan.Value), ("@key", key));
        if (cityKey is not null) Db.Add(command, "@city", cityKey);
        if (year is not null) Db.Add(command, "@year", year.Value);
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read()) keys.Add(reader.GetString(0));
        keys.Sort(StringComparer.Ordinal);
        return keys.FirstOrDefault(k => ProjectNames.Near(k, key)) ?? key;
    }

    /// <summary>
    /// A project without a name is one report with the copies that agree on its department and budget; without a
    /// department, only with itself (a budget alone says too little). Nameless projects of one city and year must never merge into one report: search shows one
    /// copy of each report, so a wrong merge would hide every other project's indicators.
    /// </summary>
    internal static string Unnamed(string? department, double? budgetWan, string documentSha256)
    {
        var departmentKey = ScriptFolding.Fold(department ?? "").Replace(" ", "");
        return departmentKey.Length == 0
            ? "∅" + documentSha256
            : "∅" + departmentKey + "|" + budgetWan?.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
    }
}
