using Microsoft.Data.Sqlite;
using ReportMiner.Store.Text;

namespace ReportMiner.Store.Writing;

/// <summary>
/// Chooses a project's comparison key when it is written: its <see cref="ProjectNames.Key"/>, or the key of a
/// project already stored for the same city and year with the same budget whose key is only a misread away.
/// </summary>
internal static class ProjectKeys
{
    public static string Choose(SqliteConnection connection, SqliteTransaction transaction, string name, string? city, string? cityKey,
        int? year, double? budgetWan)
    {
        var key = ProjectNames.Key(name, city);
        if (budgetWan is null) return key;
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT DISTINCT name_key FROM projects WHERE city_key IS $city AND year IS $year " +
                              "AND abs(budget_wan - $budget) < 0.000001 AND name_key <> $key ORDER BY id";
        command.Parameters.AddWithValue("$city", (object?)cityKey ?? DBNull.Value);
        command.Parameters.AddWithValue("$year", (object?)year ?? DBNull.Value);
        command.Parameters.AddWithValue("$budget", budgetWan.Value);
        command.Parameters.AddWithValue("$key", key);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            if (ProjectNames.Near(reader.GetString(0), key)) return reader.GetString(0);
        return key;
    }
}
