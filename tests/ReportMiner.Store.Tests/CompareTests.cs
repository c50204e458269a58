using ReportMiner.Store.Data;
using System.Text.Json.Nodes;
using ReportMiner.Store.Comparing;
using ReportMiner.TestSupport;

namespace ReportMiner.Store.Tests;

/// <summary>Compare over the gold records, asserted value by value.</summary>
public abstract class CompareTestsContract
{
    protected abstract StoreEngine Engine { get; }

    private string NewDb(TempDirectory dir) => StoreFixture.NewStore(dir, Engine);

    private static IReadOnlyList<CompareRow> Compare(string db, CompareQuery query)
    {
        using var connection = StoreFixture.Open(db);
        return new CompareService(connection).Indicators(query);
    }

    private string GoldStore(TempDirectory dir)
    {
        var db = NewDb(dir);
        StoreFixture.Import(db, StoreFixture.CopyGold(dir));
        return db;
    }

    [Fact]
    public void Answer_rates_compare_one_row_per_city_year_and_project()
    {
        using var dir = new TempDirectory();
        var rows = Compare(GoldStore(dir), new CompareQuery { Category = "answer_rate" });

        Assert.Equal(3, rows.Count);
        var shanghai12333 = rows[0];
        Assert.Equal(("上海市", 2020, "12333热线咨询平台项目经费", "综合接通率"), (shanghai12333.City, shanghai12333.Year, shanghai12333.Project, shanghai12333.Indicator));
        Assert.Equal((">80%", 80.0, (string?)null, (bool?)null), (shanghai12333.Target, shanghai12333.TargetValue, shanghai12333.Actual, shanghai12333.Met));
        Assert.Equal(5507.0152, shanghai12333.BudgetWan);
        Assert.Null(shanghai12333.ExecutionRatePct);
        Assert.Equal(("上海市", "12345服务热线专项经费", "转接接通率", ">86%", 683.6), (rows[1].City, rows[1].Project, rows[1].Indicator, rows[1].Target, rows[1].BudgetWan));
        var guangzhou = rows[2];
        Assert.Equal(("广州市", 2021, "12345政府服务热线人工坐席服务外包项目", "月度话务接通率"), (guangzhou.City, guangzhou.Year, guangzhou.Project, guangzhou.Indicator));
        Assert.Equal(("≥95%", 95.0, "94.07%", 94.07, (bool?)false), (guangzhou.Target, guangzhou.TargetValue, guangzhou.Actual, guangzhou.ActualValue, guangzhou.Met));
        Assert.Equal((13410.06, 13410.06, 100.0), (guangzhou.BudgetWan, guangzhou.ActualWan, guangzhou.ExecutionRatePct));
        Assert.Equal((1, 1), (guangzhou.Sources, guangzhou.Agreeing));
    }

    [Theory]
    [InlineData("广州")]
    [InlineData("广州市")]
    [InlineData("Guangzhou")]
    public void Cities_are_accepted_in_any_common_spelling(string city)
    {
        using var dir = new TempDirectory();
        var row = Assert.Single(Compare(GoldStore(dir), new CompareQuery { Indicator = "接通率", Cities = [city] }));
        Assert.Equal("月度话务接通率", row.Indicator);
    }

    [Fact]
    public void An_indicator_name_part_and_years_select_rows()
    {
        using var dir = new TempDirectory();
        var db = GoldStore(dir);
        var rows = Compare(db, new CompareQuery { Indicator = "满意", Years = [2019, 2021] });
        Assert.Equal([("广州市", "话务服务市民满意度", "97.52%"), ("益阳市", "满意度", "93.62%")],
            rows.Select(r => (r.City!, r.Indicator!, r.Actual!)).ToArray());
    }

    [Fact]
    public void Copies_of_one_report_collapse_to_the_most_complete_and_count_agreeing_sources()
    {
        using var dir = new TempDirectory();
        var gold = StoreFixture.CopyGold(dir);
        var original = JsonNode.Parse(File.ReadAllText(Directory.GetFiles(gold, "002_*.json").Single()))!;
        File.WriteAllText(Path.Combine(gold, "copy-reformatted.json"), original.ToJsonString());
        var incomplete = original.DeepClone();
        incomplete["projects"]![0]!["actual_wan"] = null;
        incomplete["projects"]![0]!["execution_rate_pct"] = null;
        File.WriteAllText(Path.Combine(gold, "copy-incomplete.json"), incomplete.ToJsonString());
        var disagreeing = original.DeepClone();
        foreach (var indicator in disagreeing["projects"]![0]!["indicators"]!.AsArray())
            if ((string?)indicator!["category"] == "answer_rate") indicator["actual"]!["value"] = 94.5;
        File.WriteAllText(Path.Combine(gold, "copy-disagreeing.json"), disagreeing.ToJsonString());
        var db = NewDb(dir);
        StoreFixture.Import(db, gold);

        var row = Assert.Single(Compare(db, new CompareQuery { Category = "answer_rate", Cities = ["广州"] }));
        Assert.Equal((4, 3), (row.Sources, row.Agreeing));
        Assert.Equal((94.07, 13410.06, 100.0), (row.ActualValue!.Value, row.ActualWan!.Value, row.ExecutionRatePct!.Value));
    }

    [Fact]
    public void Budgets_compare_money_and_derive_a_missing_execution_rate()
    {
        using var dir = new TempDirectory();
        using var connection = StoreFixture.Open(GoldStore(dir));
        var rows = new CompareService(connection).Budgets(new CompareQuery());
        Assert.Equal(6, rows.Count);
        var beijing = rows.Single(r => r.City == "北京市");
        Assert.Equal((793.41686, 764.53102), (beijing.BudgetWan!.Value, beijing.ActualWan!.Value));
        Assert.Equal(96.36, beijing.ExecutionRatePct);
        Assert.Equal(67.0, rows.Single(r => r.City == "长沙市").ExecutionRatePct);
    }

    [Fact]
    public void Comparing_needs_exactly_one_of_category_or_indicator()
    {
        using var dir = new TempDirectory();
        var db = GoldStore(dir);
        Assert.Throws<StoreException>(() => Compare(db, new CompareQuery()));
        Assert.Throws<StoreException>(() => Compare(db, new CompareQuery { Category = "answer_rate", Indicator = "接通率" }));
    }
}

public sealed class SqliteCompareTests : CompareTestsContract
{
    protected override StoreEngine Engine => StoreEngine.Sqlite;
}

public sealed class PostgresCompareTests : CompareTestsContract
{
    protected override StoreEngine Engine => StoreEngine.Postgres;
}
