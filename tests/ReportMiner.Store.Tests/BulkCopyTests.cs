using ReportMiner.Store.Comparing;
using ReportMiner.Store.Copying;
using ReportMiner.TestSupport;

namespace ReportMiner.Store.Tests;

/// <summary>A copy into an empty PostgreSQL store goes table by table (binary COPY); the result must be the same store.</summary>
public sealed class BulkCopyTests
{
    private static readonly string[] Tables =
        ["import_runs", "documents", "document_pages", "projects", "indicators", "compare_rows", "budget_compare_rows", "compare_name_rows", "changes"];

    [Fact]
    public void A_copy_into_an_empty_postgresql_store_keeps_every_row_and_id_and_later_imports_continue_after_them()
    {
        using var dir = new TempDirectory();
        var sqlite = dir.File("s.db");
        StoreFixture.WriteReport(dir, "in/a.txt", "广州市|2021|热线项目|接通率|answer_rate|≥95%|96.5%|局甲|self_evaluation", "广州市|2021|热线项目|满意度|satisfaction|≥90%|92%|局甲|self_evaluation");
        StoreFixture.WriteReport(dir, "in/b.txt", "|2020|无城市热线|接通率|answer_rate|≥95%|90%");
        StoreFixture.WriteReport(dir, "in/c.txt", "CORRUPT");
        StoreFixture.Import(sqlite, Path.Combine(dir.Path, "in"));
        var postgres = TestPostgres.NewDatabase();

        var summary = StoreCopy.Run(sqlite, postgres);
        var copied = Tables.Select(table => Rows(postgres, table)).ToArray();
        StoreFixture.WriteReport(dir, "more/d.txt", "深圳市|2022|新热线|接通率|answer_rate|≥99%|99.2%");
        StoreFixture.Import(postgres, Path.Combine(dir.Path, "more"));

        Assert.Equal((3, 0), (summary.Documents, summary.AlreadyPresent));
        Assert.Equal(Tables.Select(table => Rows(sqlite, table)).ToArray(), copied);
        Assert.Equal(4, StoreFixture.Count(postgres, "SELECT COUNT(*) FROM documents"));
        Assert.Equal(StoreFixture.Count(postgres, "SELECT MAX(id) FROM documents"),
            StoreFixture.Count(postgres, "SELECT id FROM documents WHERE path LIKE '%d.txt'"));
        using var connection = StoreFixture.Open(postgres);
        Assert.Equal(["", "广州市", "深圳市"],
            new CompareService(connection).Indicators(new CompareQuery { Category = "answer_rate" }).Select(r => r.City ?? "").ToArray());
    }

    // Every column as text, rows in their id (or key) order, so two engines' values compare one to one.
    private static List<string> Rows(string db, string table)
    {
        using var connection = StoreFixture.Open(db);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table}";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅"
                : Convert.ToString(reader.GetValue(i) is double d ? Math.Round(d, 9) : reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return rows.Order(StringComparer.Ordinal).ToList();
    }
}
