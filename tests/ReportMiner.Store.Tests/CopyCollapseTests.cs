using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using ReportMiner.Store.Comparing;
using ReportMiner.Store.Text;
using ReportMiner.Store.Writing;
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

    [Theory]
    [InlineData("平远县2021年农村公路安全生命防护工程", "蕉岭县2021年农村公路安全生命防护工程")]
    [InlineData("东坑镇2022年生活垃圾收运处理服务", "西坑镇2022年生活垃圾收运处理服务")]
    [InlineData("大岭山镇2022年生活垃圾收运处理服务", "小岭山镇2022年生活垃圾收运处理服务")]
    [InlineData("2021年农村人居环境整治上坪村提升工程", "2021年农村人居环境整治下坪村提升工程")]
    [InlineData("城关街道2021年老旧小区改造提升工程", "城西街道2021年老旧小区改造提升工程")]
    [InlineData("2021年东城区老旧小区改造提升工程", "2021年西城区老旧小区改造提升工程")]
    [InlineData("长阳土家族自治县2021年农村公路安全生命防护工程", "五峰土家族自治县2021年农村公路安全生命防护工程")]
    [InlineData("东坑村民委员会村道硬化工程", "西坑村民委员会村道硬化工程")]
    [InlineData("东湖居民委员会社区服务中心改造", "西湖居民委员会社区服务中心改造")]
    [InlineData("2021年东坑村委会村道硬化工程", "2021年西坑村委会村道硬化工程")]
    public void Sibling_items_of_a_listing_that_differ_only_in_their_place_are_not_near(string a, string b)
    {
        Assert.False(ProjectNames.Near(ProjectNames.Key(a, "梅州市"), ProjectNames.Key(b, "梅州市")));
        Assert.Equal(2, ProjectKeys.Canonical([ProjectNames.Key(a, "梅州市"), ProjectNames.Key(b, "梅州市")]).Values.Distinct().Count());
    }

    [Theory]
    [InlineData("平远县2021年农村公路安全生命防护工程", "平远县2021年农村公路安全生命防护工桯")]
    [InlineData("平远县2021年农村公路安全生命防护工程", "平远具2021年农村公路安全生命防护工程")]
    [InlineData("2021年农村人居环境整治上坪村提升工程", "2021年农衬人居环境整治上坪村提升工程")]
    [InlineData("东坑镇2022年生活垃圾收运处理服务", "东坑镇2022年生活垃圾收运处理服努")]
    [InlineData("城关街道2021年老旧小区改造提升工程", "城关街道2021年老日小区改造提升工程")]
    public void A_misread_outside_a_place_or_one_that_breaks_a_place_name_is_still_near(string a, string b) =>
        Assert.True(ProjectNames.Near(ProjectNames.Key(a, "梅州市"), ProjectNames.Key(b, "梅州市")));

    [Theory]
    [InlineData("东坑村民委员会村道硬化工程", "东坑···········")]
    [InlineData("东湖居民委员会社区服务中心改造", "东湖·············")]
    [InlineData("上坪村村民委员会办公楼维修", "上坪村··········")]
    [InlineData("东湖社区居民委员会办公用房改造", "东湖社区···········")]
    [InlineData("白石寨村委会村道硬化", "白石寨村······")]
    public void A_committees_word_is_no_place_nor_part_of_one_but_the_village_it_names_is(string key, string places)
    {
        var covered = PlaceSpans.Of(key);
        Assert.Equal(places, new string([.. key.Select((c, i) => covered[i] ? c : '·')]));
    }

    [Theory]
    [InlineData("东坑村民委员会村道硬化工程", "东坑村民委贝会村道硬化工程")]
    [InlineData("东湖居民委员会社区服务中心改造", "东湖居民委员仑社区服务中心改造")]
    public void A_misread_in_a_committees_name_is_still_near(string a, string b) =>
        Assert.True(ProjectNames.Near(ProjectNames.Key(a, "梅州市"), ProjectNames.Key(b, "梅州市")));

    [Theory]
    [InlineData("2021年村道硬化提升工程", "·············")]
    [InlineData("2021年东坑村道路硬化", "·····东坑村····")]
    [InlineData("2022年东城区老旧小区改造", "·····东城区······")]
    [InlineData("3个村人居环境整治", "·········")]
    [InlineData("万年村人居环境整治", "万年村······")]
    public void A_numbers_unit_is_no_part_of_a_place_name(string key, string places)
    {
        var covered = PlaceSpans.Of(key);
        Assert.Equal(places, new string([.. key.Select((c, i) => covered[i] ? c : '·')]));
    }

    [Theory]
    [InlineData("2021年村道硬化提升工程", "2021午村道硬化提升工程")]
    [InlineData("2021年东坑村道路硬化提升工程", "2021午东坑村道路硬化提升工程")]
    public void A_misread_of_a_years_unit_before_a_place_word_is_still_near(string a, string b) =>
        Assert.True(ProjectNames.Near(ProjectNames.Key(a, "梅州市"), ProjectNames.Key(b, "梅州市")));

    [Fact]
    public void The_place_word_lists_are_read_from_their_data_file()
    {
        // 社区 is a listed suffix and 小区 a listed word that names no place: both come from Text/Data/place-words.tsv.
        Assert.Equal([true, true, true, true, false, false], PlaceSpans.Of("东湖社区改造"));
        Assert.DoesNotContain(true, PlaceSpans.Of("老旧小区改造"));
    }

    [Fact]
    public void Budgets_show_two_rows_for_sibling_projects_of_one_listing_that_differ_only_in_their_county()
    {
        using var dir = new TempDirectory();
        var db = dir.File("s.db");
        StoreFixture.Import(db, WriteSiblingListing(dir));

        using var connection = StoreFixture.Open(db);
        var rows = new CompareService(connection).Budgets(new CompareQuery { Cities = ["广州"] });
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.Equal(1, row.Sources));
        Assert.Equal(2, StoreFixture.Count(db, "SELECT COUNT(DISTINCT name_key) FROM projects"));
    }

    [Fact]
    public void Budgets_show_one_row_for_copies_named_with_noise_or_a_misread_character()
    {
        using var dir = new TempDirectory();
        var gold = StoreFixture.CopyGold(dir);
        // Imported together: the group's key does not depend on which copy two import workers write first.
        var copies = WriteCopies(dir);
        var db = dir.File("s.db");
        StoreFixture.Import(db, gold, copies);

        using var connection = StoreFixture.Open(db);
        var rows = new CompareService(connection).Budgets(new CompareQuery { Cities = ["广州"] });
        Assert.Equal(2, rows.Count);
        var report = rows.Single(r => r.BudgetWan is > 13000);
        Assert.Equal(4, report.Sources);
        Assert.Equal(4, report.Agreeing);
    }

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public Property A_groups_key_depends_on_its_members_not_their_order() =>
        Prop.ForAll(Members.ToArbitrary(), members =>
        {
            var canonical = ProjectKeys.Canonical(members);
            var reversed = ProjectKeys.Canonical(members.AsEnumerable().Reverse());
            var sorted = ProjectKeys.Canonical(members.Order(StringComparer.Ordinal));
            Assert.Equal(canonical.OrderBy(k => k.Key, StringComparer.Ordinal), reversed.OrderBy(k => k.Key, StringComparer.Ordinal));
            Assert.Equal(canonical.OrderBy(k => k.Key, StringComparer.Ordinal), sorted.OrderBy(k => k.Key, StringComparer.Ordinal));
            // Every key near another is in its group; a group's key is one of its members, and the most frequent of them.
            foreach (var a in canonical.Keys)
                foreach (var b in canonical.Keys.Where(b => ProjectNames.Near(a, b)))
                    Assert.Equal(canonical[a], canonical[b]);
            foreach (var group in canonical.GroupBy(k => k.Value))
                Assert.Equal(group.Max(k => members.Count(m => m == k.Key)), members.Count(m => m == group.Key));
        });

    // Keys of one city, year and budget: the name with a few characters misread, now and then another project's.
    private static readonly Gen<string> Misread =
        from position in Gen.Choose(0, 17)
        from c in Gen.Elements('坐', '座', '做', '左')
        select new string([.. "12345政府服务热线人工坐席服务外包".Select((old, i) => i == position ? c : old)]);

    private static readonly Gen<string[]> Members =
        from count in Gen.Choose(1, 9)
        from keys in Gen.ListOf(Gen.Frequency(
            (6, Misread),
            (2, Gen.Elements("12345政府服务热线人工座席服努外包", "12345政府服务热线人工座席服努外色", "12345政府服务热线平台运维")),
            (1, Gen.Elements("热线", "专线"))), count)
        select keys.ToArray();

    [Fact]
    public void The_key_most_copies_share_wins_and_ties_go_to_the_smallest()
    {
        var original = "12345政府服务热线人工坐席服务外包";
        var misread = "12345政府服务热线人工座席服务外包";
        Assert.Equal(original, ProjectKeys.Canonical([misread, original, original])[misread]);
        Assert.Equal(misread, ProjectKeys.Canonical([misread, original, misread])[original]);
        Assert.Equal(original, ProjectKeys.Canonical([misread, original])[misread]);
        Assert.Equal("12345热线平台运维", ProjectKeys.Canonical([original, "12345热线平台运维"])["12345热线平台运维"]);
    }

    [Theory]
    [InlineData(12.3454996, 12.3455004)]
    [InlineData(12.3455, 12.345500000000001)]
    [InlineData(99.9995, 99.99950099)]
    [InlineData(1000.0, 999.9999995)]
    public void Budgets_one_bucket_holds_share_a_lock_even_where_they_round_apart(double a, double b)
    {
        var first = new ProjectKeys.Bucket("广州", 2021, a);
        var second = new ProjectKeys.Bucket("广州", 2021, b);
        Assert.True(first.Holds("广州", 2021, b) && second.Holds("广州", 2021, a));
        Assert.NotEmpty(first.LockNames.Intersect(second.LockNames));
    }

    [Fact]
    public void A_buckets_projects_are_searched_by_city_year_and_budget_not_read_for_the_whole_city_and_year()
    {
        // Settling once read every project of a bucket's city and year and filtered the budget: 200 buckets of a city and
        // year holding 62,492 projects took 34.7 s on SQLite. The bucket index (migration 16) finds them by budget range.
        using var dir = new TempDirectory();
        using var connection = ReportMiner.Store.Schema.StoreDatabase.Open(dir.File("s.db"));
        using var command = connection.CreateCommand();
        var condition = ProjectKeys.MembersOf(command, [new ProjectKeys.Bucket("广州", 2021, 100), new ProjectKeys.Bucket(null, null, 12.3455)]);
        command.CommandText = "EXPLAIN QUERY PLAN SELECT p.id, p.document_id, p.name, p.budget_wan, p.name_key FROM projects p WHERE " + condition;
        var plan = new List<string>();
        using (var reader = command.ExecuteReader())
            while (reader.Read()) plan.Add(reader.GetString(3));
        var searches = plan.Where(line => line.StartsWith("SEARCH", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, searches.Count);
        Assert.All(searches, line => Assert.Contains("projects_by_bucket (city_key=? AND year=? AND budget_wan>? AND budget_wan<?)", line));
    }

    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public bool Buckets_that_hold_each_others_budget_share_a_lock(PositiveInt thousandths, NonNegativeInt tenths, int offset)
    {
        // Budgets on and around the edges of the lock cells, the places where rounding could part them.
        var a = thousandths.Get / 1000.0 + tenths.Get % 10 / 10000.0 - 0.0000005;
        var b = a + offset % 1000 / 1000000000.0;
        var first = new ProjectKeys.Bucket(null, null, a);
        var second = new ProjectKeys.Bucket(null, null, b);
        return !first.Holds(null, null, b) || first.LockNames.Intersect(second.LockNames).Any();
    }

    /// <summary>
    /// Copies of the gold report 002 (budget 13,410.06): one named with title noise, two with a misread character, and a
    /// misread one with another budget (another report).
    /// </summary>
    internal static string WriteCopies(TempDirectory dir)
    {
        var original = JsonNode.Parse(File.ReadAllText(Directory.GetFiles(RepoPaths.Gold, "002_*.json").Single()))!;
        var copies = Path.Combine(dir.Path, "copies");
        Directory.CreateDirectory(copies);
        Write(copies, "suffix.json", original, "12345政府服务热线人工坐席服务外包项目绩效", null);
        Write(copies, "ocr.json", original, "12345政府服务热线人工座席服务外包项目", null);
        Write(copies, "ocr2.json", original, "12345政府服务热线人工坐席服努外包项目", null);
        Write(copies, "other-budget.json", original, "12345政府服务热线人工座席服务外包项目", 999);
        return copies;
    }

    /// <summary>
    /// A listing (the gold report 002 with a second project): two items of one year and standard allocation whose names
    /// differ only in the district's name.
    /// </summary>
    internal static string WriteSiblingListing(TempDirectory dir) =>
        WriteListing(dir, "从化区2021年农村公路安全生命防护工程项目", "增城区2021年农村公路安全生命防护工程项目");

    /// <summary>A listing (the gold report 002 with a second project): two items of one year and standard allocation.</summary>
    internal static string WriteListing(TempDirectory dir, string first, string second)
    {
        var report = JsonNode.Parse(File.ReadAllText(Directory.GetFiles(RepoPaths.Gold, "002_*.json").Single()))!;
        var listing = Path.Combine(dir.Path, "listing");
        Directory.CreateDirectory(listing);
        var projects = report["projects"]!.AsArray();
        var sibling = projects[0]!.DeepClone();
        projects[0]!["name"] = first;
        sibling["name"] = second;
        projects.Add(sibling);
        foreach (var project in projects) project!["budget_wan"] = 50;
        File.WriteAllText(Path.Combine(listing, "listing.json"), report.ToJsonString());
        return listing;
    }

    /// <summary>Copies of the gold report 002, one a file, named as given.</summary>
    internal static string WriteNamedCopies(TempDirectory dir, params string[] names)
    {
        var original = JsonNode.Parse(File.ReadAllText(Directory.GetFiles(RepoPaths.Gold, "002_*.json").Single()))!;
        var copies = Path.Combine(dir.Path, "named");
        Directory.CreateDirectory(copies);
        for (var i = 0; i < names.Length; i++) Write(copies, $"copy{i}.json", original, names[i], null);
        return copies;
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

    [Fact]
    public void A_store_that_merged_sibling_items_of_a_listing_is_migrated_to_one_key_per_place()
    {
        using var dir = new TempDirectory();
        var listing = CopyCollapseTests.WriteSiblingListing(dir);
        var db = dir.File("s.db");
        StoreFixture.Import(db, listing);
        using (var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            raw.Open();
            // As version 16 settled the listing: the two counties' items were near, one group under the smaller key.
            Schema.StoreDatabase.Execute(raw, "UPDATE projects SET name_key = (SELECT MIN(name_key) FROM projects); " +
                                              "DELETE FROM compare_rows; DELETE FROM budget_compare_rows; DELETE FROM compare_name_rows; PRAGMA user_version = 16;");
        }

        using var connection = Schema.StoreDatabase.Open(db);
        Assert.Equal(Schema.StoreDatabase.CurrentVersion, Schema.StoreDatabase.Version(connection));
        Assert.Equal(2, StoreFixture.Count(db, "SELECT COUNT(DISTINCT name_key) FROM projects"));
        Assert.Equal(2, new CompareService(connection).Budgets(new CompareQuery { Cities = ["广州"] }).Count);
    }

    [Fact]
    public void A_store_that_merged_sibling_committees_of_a_listing_is_migrated_to_one_key_per_village()
    {
        using var dir = new TempDirectory();
        var listing = CopyCollapseTests.WriteListing(dir, "东坑村民委员会2021年村道硬化工程项目", "西坑村民委员会2021年村道硬化工程项目");
        var db = dir.File("s.db");
        StoreFixture.Import(db, listing);
        using (var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            raw.Open();
            // As version 18 settled the listing: a committee named no place, so the two villages' items were near.
            Schema.StoreDatabase.Execute(raw, "UPDATE projects SET name_key = (SELECT MIN(name_key) FROM projects); " +
                                              "DELETE FROM compare_rows; DELETE FROM budget_compare_rows; DELETE FROM compare_name_rows; PRAGMA user_version = 18;");
        }

        using var connection = Schema.StoreDatabase.Open(db);
        Assert.Equal(Schema.StoreDatabase.CurrentVersion, Schema.StoreDatabase.Version(connection));
        Assert.Equal(2, StoreFixture.Count(db, "SELECT COUNT(DISTINCT name_key) FROM projects"));
        Assert.Equal(2, new CompareService(connection).Budgets(new CompareQuery { Cities = ["广州"] }).Count);
    }

    [Fact]
    public void A_store_that_split_misread_copies_of_a_committees_project_is_migrated_to_one_key()
    {
        using var dir = new TempDirectory();
        var original = JsonNode.Parse(File.ReadAllText(Directory.GetFiles(RepoPaths.Gold, "002_*.json").Single()))!;
        var copies = Path.Combine(dir.Path, "copies");
        Directory.CreateDirectory(copies);
        foreach (var (file, name) in new[] { ("a.json", "东坑村民委员会村道硬化工程"), ("b.json", "东坑村民委贝会村道硬化工程") })
        {
            var copy = original.DeepClone();
            copy["projects"]![0]!["name"] = name;
            File.WriteAllText(Path.Combine(copies, file), copy.ToJsonString());
        }
        var db = dir.File("s.db");
        StoreFixture.Import(db, copies);
        Assert.Equal(1, StoreFixture.Count(db, "SELECT COUNT(DISTINCT name_key) FROM projects"));
        var misread = ProjectNames.Key("东坑村民委贝会村道硬化工程", "广州市");
        using (var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            raw.Open();
            // As version 17 settled them: 委员会村 and 委贝会村 read as places, so the copies were two projects.
            Schema.StoreDatabase.Execute(raw, $"UPDATE projects SET name_key = '{misread}' WHERE name LIKE '%委贝会%'; " +
                                              "DELETE FROM compare_rows; DELETE FROM budget_compare_rows; DELETE FROM compare_name_rows; PRAGMA user_version = 17;");
            using var count = raw.CreateCommand();
            count.CommandText = "SELECT COUNT(DISTINCT name_key) FROM projects";
            Assert.Equal(2L, count.ExecuteScalar());
        }

        using var connection = Schema.StoreDatabase.Open(db);
        Assert.Equal(Schema.StoreDatabase.CurrentVersion, Schema.StoreDatabase.Version(connection));
        Assert.Equal(1, StoreFixture.Count(db, "SELECT COUNT(DISTINCT name_key) FROM projects"));
        Assert.Equal(2, Assert.Single(new CompareService(connection).Budgets(new CompareQuery { Cities = ["广州"] })).Sources);
    }

    [Fact]
    public void A_store_keyed_in_write_order_is_migrated_to_the_groups_keys()
    {
        using var dir = new TempDirectory();
        var gold = StoreFixture.CopyGold(dir);
        var copies = CopyCollapseTests.WriteCopies(dir);
        var db = dir.File("s.db");
        StoreFixture.Import(db, gold, copies);
        var original = ProjectNames.Key("12345政府服务热线人工坐席服务外包项目", "广州市");
        var misread = ProjectNames.Key("12345政府服务热线人工座席服务外包项目", "广州市");
        using (var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            raw.Open();
            // As version 14 wrote it when the misread copy came first: the whole group took the copy's key.
            Schema.StoreDatabase.Execute(raw, $"UPDATE projects SET name_key = '{misread}' WHERE name_key = '{original}'; " +
                                              $"DELETE FROM compare_rows; DELETE FROM budget_compare_rows; DELETE FROM compare_name_rows; PRAGMA user_version = 14;");
        }

        using var connection = Schema.StoreDatabase.Open(db);
        Assert.Equal(Schema.StoreDatabase.CurrentVersion, Schema.StoreDatabase.Version(connection));
        Assert.Equal(4, StoreFixture.Count(db, $"SELECT COUNT(*) FROM projects WHERE name_key = '{original}'"));
        var rows = new CompareService(connection).Budgets(new CompareQuery { Cities = ["广州"] });
        Assert.Equal(4, rows.Single(r => r.BudgetWan is > 13000).Sources);
        Assert.Equal(1, rows.Single(r => r.BudgetWan is 999).Sources);
    }
}
