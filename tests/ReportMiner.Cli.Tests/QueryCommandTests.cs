using System.Text;
using System.Text.Json.Nodes;
using ReportMiner.TestSupport;

namespace ReportMiner.Cli.Tests;

public sealed class QueryCommandTests(GoldStore store) : IClassFixture<GoldStore>
{
    // The tests only read the gold store; files they write have names of their own.
    private readonly string _db = store.Db;

    private static string InFolder(GoldStore store, string name) => Path.Combine(store.Folder, name);

    [Fact]
    public void Search_prints_hits_with_city_year_project_target_actual_and_file()
    {
        var (exit, output, _) = CliRunner.Run("search", "回访", "--db", _db);
        Assert.Equal(0, exit);
        Assert.Contains("广州市", output);
        Assert.Contains("2021", output);
        Assert.Contains("对群众办理结果不满意的回访率", output);
        Assert.Contains("002_c92512870de621d4.json", output);
        Assert.DoesNotContain("\u001b[", output);
    }

    [Fact]
    public void Search_json_carries_every_hit_field()
    {
        var (exit, output, _) = CliRunner.Run("search", "滿意度", "--format", "json", "--city", "Guangzhou", "--db", _db);
        Assert.Equal(0, exit);
        var hit = JsonNode.Parse(output)!["indicators"]!.AsArray().Single()!;
        Assert.Equal("话务服务市民满意度", (string?)hit["indicator"]);
        Assert.Equal("≥95%", (string?)hit["target"]);
        Assert.Equal("97.52%", (string?)hit["actual"]);
        Assert.True((bool?)hit["met"]);
    }

    [Theory]
    [InlineData("\"满意")]
    [InlineData("满意 AND NEAR(度")]
    [InlineData("*")]
    [InlineData("name:满意度")]
    public void Search_with_query_syntax_characters_never_shows_an_sql_error(string query)
    {
        var (exit, output, error) = CliRunner.Run("search", query, "--db", _db);
        Assert.Equal(0, exit);
        Assert.DoesNotContain("SQLite", output + error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("fts5", output + error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Search_on_a_missing_store_explains_what_to_do()
    {
        var (exit, _, error) = CliRunner.Run("search", "预算", "--db", InFolder(store, "missing.db"));
        Assert.Equal(2, exit);
        Assert.Contains("reportminer import", error);
    }

    [Fact]
    public void Compare_csv_lists_one_row_per_city_year_and_project()
    {
        var (exit, output, _) = CliRunner.Run("compare", "--category", "answer_rate", "--cities", "广州,上海市", "--format", "csv", "--db", _db);
        Assert.Equal(0, exit);
        var lines = output.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("city,year,project,indicator,target,actual,met,budget_wan,actual_wan,execution_rate_pct,sources,agreeing,file,report_kind", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("广州市,2021,12345政府服务热线人工坐席服务外包项目,月度话务接通率,≥95%,94.07%,False,13410.06,13410.06,100,1,1,", lines[3]);
    }

    [Fact]
    public void Compare_writes_xlsx_to_a_file_and_budgets_side_by_side()
    {
        var path = InFolder(store, "c.xlsx");
        Assert.Equal(0, CliRunner.Run("compare", "--indicator", "接通率", "--format", "xlsx", "--out", path, "--db", _db).Exit);
        Assert.True(new FileInfo(path).Length > 0);
        var (exit, output, _) = CliRunner.Run("compare", "--budgets", "--years", "2019-2020", "--format", "json", "--db", _db);
        Assert.Equal(0, exit);
        Assert.Equal(4, JsonNode.Parse(output)!.AsArray().Count);
    }

    [Fact]
    public void Export_csv_writes_indicators_and_projects_with_a_bom()
    {
        var path = InFolder(store, "e.csv");
        var (exit, _, _) = CliRunner.Run("export", "--format", "csv", "--out", path, "--db", _db);
        Assert.Equal(0, exit);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(path)[..3]);
        Assert.Equal(53, File.ReadAllText(path, Encoding.UTF8).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(7, File.ReadAllText(InFolder(store, "e.projects.csv"), Encoding.UTF8).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Stats_json_counts_the_store()
    {
        var (exit, output, _) = CliRunner.Run("stats", "--format", "json", "--db", _db);
        Assert.Equal(0, exit);
        var stats = JsonNode.Parse(output)!;
        Assert.Equal(5, (int)stats["documents"]!);
        Assert.Equal(52, (int)stats["indicators"]!);
    }
}
