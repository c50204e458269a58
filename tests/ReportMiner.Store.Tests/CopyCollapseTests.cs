using System.Text.Json.Nodes;
using ReportMiner.Store.Comparing;
using ReportMiner.Store.Text;
using ReportMiner.TestSupport;

namespace ReportMiner.Store.Tests;

/// <summary>Copies of one report that disagree on noise in the project name are one report in comparisons.</summary>
public sealed class CopyCollapseTests
{
    [Theory]
    [InlineData("12345政府服务热线人工坐席服务外包项目", "12345政府服务热线人工坐席服务外包项目绩效")]
    [InlineData("12345政府服务热线人工坐席服务外包项目", "广州市12345政府服务热线人工坐席服务外包项目")]
    [InlineData("12345政府服务热线人工坐席服务外包项目", "“12345政府服务热线人工坐席服务外包”项目绩效自评报告")]
    [InlineData("12345政府服务热线人工坐席服务外包項目", "12345政府服务热线人工坐席服务外包项目")]
    public void Names_that_differ_by_title_noise_share_a_key(string a, string b) =>
        Assert.Equal(ProjectNames.Key(a, "广州市"), ProjectNames.Key(b, "广州市"));

    [Fact]
    public void Different_projects_keep_different_keys() =>
        Assert.NotEqual(ProjectNames.Key("12345热线话务外包项目", "广州市"), ProjectNames.Key("12345热线平台运维项目", "广州市"));

    [Theory]
    [InlineData("12345政府服务热线人工坐席服务外包", "12345政府服务热线人工座席服务外包", true)]
    [InlineData("12345热线话务外包", "12345热线平台运维", false)]
    [InlineData("热线", "专线", false)]
    public void Near_allows_one_misread_per_eight_characters(string a, string b, bool near) =>
        Assert.Equal(near, ProjectNames.Near(a, b));

    [Fact]
    public void Budgets_show_one_row_for_copies_named_with_noise_or_a_misread_character()
    {
        using var dir = new TempDirectory();
        var gold = StoreFixture.CopyGold(dir);
        var original = JsonNode.Parse(File.ReadAllText(Directory.GetFiles(gold, "002_*.json").Single()))!;
        // The copies arrive after the original: which key a misread copy joins depends on what is already stored, and
        // two import workers may otherwise write the copy first (then the original joins the copy's key).
        var copies = Path.Combine(dir.Path, "copies");
        Directory.CreateDirectory(copies);
        Write(copies, "suffix.json", original, "12345政府服务热线人工坐席服务外包项目绩效", null);
        Write(copies, "ocr.json", original, "12345政府服务热线人工座席服务外包项目", null);
        Write(copies, "other-budget.json", original, "12345政府服务热线人工座席服务外包项目", 999);
        var db = dir.File("s.db");
        StoreFixture.Import(db, gold);
        StoreFixture.Import(db, copies);

        using var connection = StoreFixture.Open(db);
        var rows = new CompareService(connection).Budgets(new CompareQuery { Cities = ["广州"] });
        Assert.Equal(2, rows.Count);
        var report = rows.Single(r => r.BudgetWan is > 13000);
        Assert.Equal(3, report.Sources);
        Assert.Equal(3, report.Agreeing);
    }

    private static void Write(string folder, string name, JsonNode original, string projectName, double? budget)
    {
        var copy = original.DeepClone();
        copy["projects"]![0]!["name"] = projectName;
        if (budget is not null) copy["projects"]![0]!["budget_wan"] = budget;
        File.WriteAllText(Path.Combine(folder, name), copy.ToJsonString());
    }
}

public sealed class ProjectKeysMigrationTests
{
    [Fact]
    public void A_store_keyed_by_the_folded_name_is_migrated_to_one_row_per_report()
    {
        using var dir = new TempDirectory();
        var gold = StoreFixture.CopyGold(dir);
        var original = JsonNode.Parse(File.ReadAllText(Directory.GetFiles(gold, "002_*.json").Single()))!;
        var copy = original.DeepClone();
        copy["projects"]![0]!["name"] = "12345政府服务热线人工坐席服务外包项目绩效";
        File.WriteAllText(Path.Combine(gold, "copy.json"), copy.ToJsonString());
        var db = dir.File("s.db");
        StoreFixture.Import(db, gold);
        using (var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            raw.Open();
            // Back to version 8, before the project-key migration (9): projects keyed by the folded name alone.
            Schema.StoreDatabase.Execute(raw, StoreFixture.BackToVersion11 +
                "UPDATE projects SET name_key = name || '#old'; ALTER TABLE import_runs DROP COLUMN pid; " +
                "ALTER TABLE import_runs DROP COLUMN heartbeat_at; PRAGMA user_version = 8;");
        }

        using var connection = Schema.StoreDatabase.Open(db);
        Assert.Equal(Schema.StoreDatabase.CurrentVersion, Schema.StoreDatabase.Version(connection));
        var row = Assert.Single(new CompareService(connection).Budgets(new CompareQuery { Cities = ["广州"] }));
        Assert.Equal(2, row.Sources);
    }
}
