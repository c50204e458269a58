using System.Data.Common;

namespace ReportMiner.Store.Data;

/// <summary>
/// Commands and readers over either engine. SQL uses @name parameters (both SQLite and Npgsql accept them) and
/// values are read through conversions, because the engines give different CLR types for the same column.
/// </summary>
internal static class Db
{
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) Add(command, name, value);
        return command;
    }

    public static DbParameter Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    public static int Execute(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    public static object? Scalar(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public static long Count(DbConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        Convert.ToInt64(Scalar(connection, null, sql, parameters) ?? 0L);

    public static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static double? Number(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToDouble(r.GetValue(i));

    public static int? Int(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt32(r.GetValue(i));

    public static long Long(DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i));

    // Typed reads for columns whose type both engines agree on (REAL/double precision, INTEGER/int4): no boxing, one
    // conversion less per value, which is most of the time of reading thousands of compare rows.
    public static double? Real(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);

    public static int? Int32(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    public static bool? Flag(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt64(r.GetValue(i)) != 0;
}
