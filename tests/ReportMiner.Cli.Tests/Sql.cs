using Microsoft.Data.Sqlite;

namespace ReportMiner.Cli.Tests;

internal static class Sql
{
    public static object? Scalar(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public static long Count(string db, string sql) => Convert.ToInt64(Scalar(db, sql));
}
