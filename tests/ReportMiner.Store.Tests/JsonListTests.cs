using Microsoft.Data.Sqlite;
using ReportMiner.Store.Data;

namespace ReportMiner.Store.Tests;

/// <summary>The hand-written JSON lists that bind a list of values to one SQLite parameter (json_each).</summary>
public sealed class JsonListTests
{
    [Fact]
    public void Strings_come_back_from_json_each_exactly_as_given()
    {
        string[] values = ["接通率", "say \"yes\"", @"back\slash", "tab\tand\nnewline\u0001", "", "滿意度 ｆｕｌｌ", "😀"];
        Assert.Equal(values, Read(JsonList.Of(values)));
    }

    [Fact]
    public void Whole_numbers_come_back_as_numbers()
    {
        Assert.Equal(["1", "-42", "9007199254740993"], Read(JsonList.Of(new long[] { 1, -42, 9007199254740993 })));
        Assert.Equal("[]", JsonList.Of(Array.Empty<int>()));
    }

    private static List<string> Read(string json)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT CAST(value AS TEXT) FROM json_each(@list) ORDER BY key";
        command.Parameters.AddWithValue("@list", json);
        var values = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) values.Add(reader.GetString(0));
        return values;
    }
}
