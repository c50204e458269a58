using Microsoft.Data.Sqlite;
using ReportMiner.Store.Text;
using ReportMiner.Store.Writing;

namespace ReportMiner.Store.Schema;

/// <summary>Recreates the gram index from the stored indicators, for migrations that change its tokens.</summary>
internal static class GramIndexRebuild
{
    public static void Run(SqliteConnection connection, SqliteTransaction transaction)
    {
        StoreDatabase.Execute(connection,
            "DROP TABLE IF EXISTS indicator_grams; " +
            "CREATE VIRTUAL TABLE indicator_grams USING fts5(name, context, tags, content='', contentless_delete=1, tokenize='unicode61');",
            transaction);
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO indicator_grams (rowid, name, context, tags) VALUES ($id, $name, $context, $tags)";
        var parameters = new[] { "$id", "$name", "$context", "$tags" }.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
        parameters[0].SqliteType = SqliteType.Integer;
        using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = "SELECT i.id, i.name, i.level1, i.level2, p.name, p.department, p.city, p.district, p.year, i.category " +
                             "FROM indicators i JOIN projects p ON p.id = i.project_id";
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            var text = IndexText.Of(reader.GetString(1), Text(reader, 2), Text(reader, 3), reader.GetString(4), Text(reader, 5), Text(reader, 6),
                Text(reader, 7), reader.IsDBNull(8) ? null : reader.GetInt32(8), Text(reader, 9));
            parameters[0].Value = reader.GetInt64(0);
            parameters[1].Value = SearchGrams.Tokens(text.Name);
            parameters[2].Value = SearchGrams.Tokens(text.Context);
            parameters[3].Value = text.Tags;
            insert.ExecuteNonQuery();
        }
    }

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
