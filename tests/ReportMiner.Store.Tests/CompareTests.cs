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
    public void A_projects_target_form_and_its_self_evaluation_of_one_year_are_two_reports_not_two_copies_of_one()
    {
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        StoreFixture.WriteReport(dir, "in/target.txt", "广州市|2021|热线项目|接通率|answer_rate|≥95%||广州市政务服务数据管理局|target");
        StoreFixture.WriteReport(dir, "in/self.txt", "广州市|2021|热线项目|接通率|answer_rate|≥95%|94%|广州市政务服务数据管理局|self_evaluation");
        StoreFixture.WriteReport(dir, "in/self-copy.txt", "广州市|2021|热线项目|接通率|answer_rate|≥95%|94%|广州市政务服务数据管理局|self_evaluation", "# copy");
        StoreFixture.Import(db, Path.Combine(dir.Path, "in"));
        using var connection = StoreFixture.Open(db);
        var service = new CompareService(connection);

        var rows = service.Indicators(new CompareQuery { Category = "answer_rate" });
        var byName = service.Indicators(new CompareQuery { Indicator = "接通率" });
        var budgets = service.Budgets(new CompareQuery());
        var search = new Searching.SearchService(connection);
        var hits = new[] { "self_evaluation", "target" }
            .Select(kind => (kind, Assert.Single(search.Search(new Searching.SearchQuery("接通率") { ReportKind = kind }).Indicators))).ToArray();

        Assert.Equal([("self_evaluation", "94%", 2), ("target", "", 1)], rows.Select(r => (r.ReportKind!, r.Actual ?? "", r.Sources)).ToArray());
        Assert.Equal(rows, byName);
        Assert.Equal(["self_evaluation", "target"], budgets.Select(r => r.ReportKind!).ToArray());
        Assert.Equal([("self_evaluation", "94%", 2), ("target", "", 1)], hits.Select(h => (h.kind, h.Item2.Actual ?? "", h.Item2.Copies)).ToArray());
    }

    [Fact]
    public void A_report_with_several_matching_indicators_is_compared_by_its_closest_name_once()
    {
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        StoreFixture.WriteReport(dir, "in/both.txt",
            "广州市|2021|热线项目|月度话务接通率|answer_rate|≥90%|91%|广州市政务服务数据管理局|self_evaluation",
            "广州市|2021|热线项目|接通率|answer_rate|≥95%|94%|广州市政务服务数据管理局|self_evaluation");
        StoreFixture.WriteReport(dir, "in/monthly.txt", "上海市|2021|热线项目|月度话务接通率|answer_rate|≥85%|88%|上海市民热线管理服务中心|self_evaluation");
        StoreFixture.Import(db, Path.Combine(dir.Path, "in"));
        using var connection = StoreFixture.Open(db);
        var service = new CompareService(connection);

        var rows = service.Indicators(new CompareQuery { Indicator = "接通率" });
        var page = service.Page(new CompareQuery { Indicator = "接通率" }, budgets: false, 1, 10);

        Assert.Equal([("上海市", "月度话务接通率", "88%"), ("广州市", "接通率", "94%")], rows.Select(r => (r.City!, r.Indicator!, r.Actual!)).ToArray());
        Assert.Equal(rows, page.Rows);
        Assert.Equal(2, page.Total);
    }

    [Fact]
    public void A_store_at_version_11_is_re_keyed_so_a_target_form_and_a_self_evaluation_become_two_reports()
    {
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        StoreFixture.WriteReport(dir, "in/target.txt", "广州市|2021|热线项目|接通率|answer_rate|≥95%||广州市政务服务数据管理局|target");
        StoreFixture.WriteReport(dir, "in/self.txt", "广州市|2021|热线项目|接通率|answer_rate|≥95%|94%|广州市政务服务数据管理局|self_evaluation");
        StoreFixture.Import(db, Path.Combine(dir.Path, "in"));
        using (var raw = StoreFixture.Open(db))
        {
            // Version 11 had no report kind in its compare rows; emptied, so only the migration's rebuild can fill them.
            Schema.StoreDatabase.Execute(raw, StoreFixture.BackToVersion11 + "DELETE FROM compare_rows; DELETE FROM budget_compare_rows; DELETE FROM compare_name_rows;");
            Schema.StoreDatabase.Execute(raw, Engine == StoreEngine.Sqlite ? "PRAGMA user_version = 11" : "UPDATE schema_version SET version = 11");
        }

        using var connection = Schema.StoreDatabase.Open(db);
        var service = new CompareService(connection);

        Assert.Equal(Schema.StoreDatabase.CurrentVersion, Schema.StoreDatabase.Version(connection));
        Assert.Equal(["self_evaluation", "target"], service.Indicators(new CompareQuery { Category = "answer_rate" }).Select(r => r.ReportKind!).ToArray());
        Assert.Equal(["self_evaluation", "target"], service.Indicators(new CompareQuery { Indicator = "接通" }).Select(r => r.ReportKind!).ToArray());
        Assert.Equal(["self_evaluation", "target"], service.Budgets(new CompareQuery()).Select(r => r.ReportKind!).ToArray());
    }

    [Fact]
    public void A_re_keying_migration_stopped_part_way_leaves_the_store_as_it_was_and_the_next_open_completes_it()
    {
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        StoreFixture.Import(db, StoreFixture.CopyGold(dir), CopyCollapseTests.WriteCopies(dir));
        var original = Text.ProjectNames.Key("12345政府服务热线人工坐席服务外包项目", "广州市");
        var misread = Text.ProjectNames.Key("12345政府服务热线人工座席服务外包项目", "广州市");
        using (var raw = StoreFixture.Open(db))
        {
            // Version 14 as it keyed the copies when the misread one came first, and a fault where migration 15 writes its
            // change rows: after it has re-keyed the projects and refreshed the compare rows, before the later migrations.
            var rekey = string.Concat(new[] { "projects", "compare_rows", "budget_compare_rows", "compare_name_rows" }
                .Select(table => $"UPDATE {table} SET name_key = '{misread}' WHERE name_key = '{original}'; "));
            Schema.StoreDatabase.Execute(raw, rekey + (Engine == StoreEngine.Sqlite
                ? "PRAGMA user_version = 14; CREATE TRIGGER fault BEFORE INSERT ON changes BEGIN SELECT RAISE(ABORT, 'stopped'); END;"
                : "UPDATE schema_version SET version = 14; " +
                  "CREATE FUNCTION fault() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'stopped'; END $$; " +
                  "CREATE TRIGGER fault BEFORE INSERT ON changes FOR EACH ROW EXECUTE FUNCTION fault();"));
        }
        var before = Snapshot(db);

        Assert.ThrowsAny<System.Data.Common.DbException>(() => Schema.StoreDatabase.Open(db).Dispose());

        Assert.Equal(before, Snapshot(db));
        using (var raw = Raw(db)) Schema.StoreDatabase.Execute(raw, Engine == StoreEngine.Sqlite ? "DROP TRIGGER fault" : "DROP TRIGGER fault ON changes");
        using var connection = Schema.StoreDatabase.Open(db);
        Assert.Equal(Schema.StoreDatabase.CurrentVersion, Schema.StoreDatabase.Version(connection));
        Assert.Equal(4, StoreFixture.Count(db, $"SELECT COUNT(*) FROM projects WHERE name_key = '{original}'"));
        var rows = new CompareService(connection).Budgets(new CompareQuery { Cities = ["广州"] });
        Assert.Equal(4, rows.Single(r => r.BudgetWan is > 13000).Sources);
    }

    // The schema version, the project keys, the compare rows' keys and the change sequence, read without migrating.
    private string Snapshot(string db)
    {
        using var connection = Raw(db);
        var lines = new List<string>();
        foreach (var sql in new[]
                 {
                     Engine == StoreEngine.Sqlite ? "SELECT user_version FROM pragma_user_version" : "SELECT version FROM schema_version",
                     "SELECT id, name_key FROM projects ORDER BY id",
                     "SELECT DISTINCT name_key FROM budget_compare_rows ORDER BY name_key",
                     "SELECT COUNT(*) FROM changes",
                 })
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
                lines.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }
        return string.Join("\n", lines);
    }

    private System.Data.Common.DbConnection Raw(string db)
    {
        System.Data.Common.DbConnection connection = Engine == StoreEngine.Sqlite
            ? new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False")
            : new Npgsql.NpgsqlConnection(db);
        connection.Open();
        return connection;
    }

    [Theory]
    [InlineData("answer_rate", null, false)]
    [InlineData(null, "率", false)]
    [InlineData(null, null, true)]
    public void Pages_of_a_comparison_are_the_full_comparison_cut_in_order_and_count_every_row(string? category, string? indicator, bool budgets)
    {
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        for (var i = 0; i < 7; i++)
            StoreFixture.WriteReport(dir, $"in/r{i}.txt", $"城市{i % 3}市|202{i % 2}|项目{i}|接通率|answer_rate|≥95%|9{i}%", $"城市{i % 3}市|202{i % 2}|项目{i}|满意率|satisfaction|≥90%|9{i}%");
        StoreFixture.WriteReport(dir, "in/nameless-city.txt", "|2020|项目X|接通率|answer_rate|≥95%|90%");
        StoreFixture.Import(db, Path.Combine(dir.Path, "in"));
        using var connection = StoreFixture.Open(db);
        var service = new CompareService(connection);
        var query = new CompareQuery { Category = category, Indicator = indicator };

        var all = budgets ? service.Budgets(query) : service.Indicators(query);
        var pages = Enumerable.Range(1, 3).Select(page => service.Page(query, budgets, page, 3)).ToArray();
        var pastTheEnd = service.Page(query, budgets, 99, 3);

        Assert.Equal(8, all.Count);
        Assert.True(string.IsNullOrEmpty(all[0].City), "the report without a city comes first");
        Assert.Equal(all, pages.SelectMany(p => p.Rows).ToArray());
        Assert.All(pages, p => Assert.Equal((8, 3), (p.Total, p.PageCount)));
        Assert.Equal(3, pastTheEnd.Page);
        Assert.Equal(pages[2].Rows, pastTheEnd.Rows);
        Assert.Equal(all.OrderBy(r => r.City, StringComparer.Ordinal).ThenBy(r => r.Year).ThenBy(r => r.Project, StringComparer.Ordinal), all);
    }

    [Theory]
    [InlineData("answer_rate", null, false, 1)]
    [InlineData("answer_rate", null, false, 99)]
    [InlineData(null, "率", false, 99)]
    [InlineData(null, null, true, 99)]
    public void A_page_counts_and_reads_its_rows_in_one_snapshot_while_another_connection_empties_the_comparison(string? category, string? indicator, bool budgets, int page)
    {
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        for (var i = 0; i < 7; i++) StoreFixture.WriteReport(dir, $"in/r{i}.txt", $"城市{i % 3}市|2020|项目{i}|接通率|answer_rate|≥95%|9{i}%");
        StoreFixture.Import(db, Path.Combine(dir.Path, "in"));
        using var connection = StoreFixture.Open(db);
        var query = new CompareQuery { Category = category, Indicator = indicator };
        var undisturbed = new CompareService(connection).Page(query, budgets, page, 3);
        using var writer = StoreFixture.Open(db);
        var writes = 0;
        var service = new CompareService(connection)
        {
            // After the page's first statement, another connection deletes every row the page could read or count.
            AfterStatement = () =>
            {
                if (writes++ == 0) Schema.StoreDatabase.Execute(writer, "DELETE FROM compare_rows; DELETE FROM compare_name_rows; DELETE FROM budget_compare_rows;");
            },
        };

        var disturbed = service.Page(query, budgets, page, 3);

        Assert.True(writes > 0, "the write ran while the page was read");
        Assert.Empty(budgets ? service.Budgets(query) : service.Indicators(query));
        Assert.Equal((7, Math.Min(page, 3), 3), (undisturbed.Total, undisturbed.Page, undisturbed.PageCount));
        Assert.Equal((undisturbed.Total, undisturbed.Page), (disturbed.Total, disturbed.Page));
        Assert.Equal(undisturbed.Rows, disturbed.Rows);
    }

    [Fact]
    public void A_category_comparison_comes_in_city_year_project_and_kind_order_with_every_value_as_before_its_ordering_index()
    {
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        // Cities, years and projects written out of order, a report without a city, two report kinds, an indicator without an actual value.
        StoreFixture.WriteReport(dir, "in/a.txt", "深圳市|2021|热线乙|接通率|answer_rate|≥95%|96.5%|局甲|self_evaluation");
        StoreFixture.WriteReport(dir, "in/b.txt", "深圳市|2021|热线乙|接通率|answer_rate|≥95%||局甲|target");
        StoreFixture.WriteReport(dir, "in/c.txt", "深圳市|2019|热线甲|接通率|answer_rate|≥90%|80%");
        StoreFixture.WriteReport(dir, "in/d.txt", "北京市|2022|热线丙|接通率|answer_rate|≥99%|99.2%");
        StoreFixture.WriteReport(dir, "in/e.txt", "|2020|无城市热线|接通率|answer_rate|≥95%|90%");
        StoreFixture.WriteReport(dir, "in/f.txt", "北京市|2022|A热线|接通率|answer_rate|达标|");
        StoreFixture.WriteReport(dir, "in/g.txt", "北京市|2022|热线丙|满意率|satisfaction|≥90%|91%");
        StoreFixture.Import(db, Path.Combine(dir.Path, "in"));
        var query = new CompareQuery { Category = "answer_rate" };
        IReadOnlyList<CompareRow> before;
        using (var raw = StoreFixture.Open(db))
        {
            Schema.StoreDatabase.Execute(raw, StoreFixture.BackToVersion12);
            before = new CompareService(raw).Indicators(query);
            Schema.StoreDatabase.Execute(raw, Engine == StoreEngine.Sqlite ? "PRAGMA user_version = 12" : "UPDATE schema_version SET version = 12");
        }

        using var connection = Schema.StoreDatabase.Open(db);
        var after = new CompareService(connection).Indicators(query);

        Assert.Equal(Schema.StoreDatabase.CurrentVersion, Schema.StoreDatabase.Version(connection));
        Assert.Equal(before, after);
        Assert.Equal([(null, 2020, "无城市热线", null), ("北京市", 2022, "A热线", null), ("北京市", 2022, "热线丙", null), ("深圳市", 2019, "热线甲", null),
            ("深圳市", 2021, "热线乙", "self_evaluation"), ("深圳市", 2021, "热线乙", "target")],
            after.Select(r => (string.IsNullOrEmpty(r.City) ? null : r.City, r.Year, r.Project, r.ReportKind)).ToArray());
        Assert.Equal(["90%", "", "99.2%", "80%", "96.5%", ""], after.Select(r => r.Actual ?? "").ToArray());
        Assert.Equal(("≥95%", 1, 1, 100.0, 90.0), (after[4].Target, after[4].Sources, after[4].Agreeing, after[4].BudgetWan, after[4].ActualWan));
    }

    // Several matching names in one report, reports alike in city, year and project but for their kind, a report without a
    // city, and two projects that differ first in a full-width parenthesis (U+FF08) against a character outside the BMP
    // (𠮷, U+20BB7): by code point the parenthesis comes first, by UTF-16 unit the surrogate pair.
    private static string ManyNamesStore(TempDirectory dir, string db)
    {
        StoreFixture.WriteReport(dir, "in/three-names.txt",
            "广州市|2021|热线项目|月度话务接通率|answer_rate|≥90%|91%|局甲|self_evaluation",
            "广州市|2021|热线项目|接通率达标|answer_rate|≥95%|96%|局甲|self_evaluation",
            "广州市|2021|热线项目|话务接通率|answer_rate|≥85%|87%|局甲|self_evaluation",
            "广州市|2021|热线项目|市民满意度|satisfaction|≥90%|92%|局甲|self_evaluation");
        StoreFixture.WriteReport(dir, "in/target.txt", "广州市|2021|热线项目|接通率|answer_rate|≥95%||局甲|target");
        StoreFixture.WriteReport(dir, "in/no-kind.txt", "广州市|2021|热线项目|月度话务接通率|answer_rate|≥90%|93%");
        StoreFixture.WriteReport(dir, "in/earlier.txt", "广州市|2019|热线项目|接通率|answer_rate|≥90%|89%");
        StoreFixture.WriteReport(dir, "in/surrogate.txt", "上海市|2020|热线𠮷|接通率|answer_rate|≥90%|90%");
        StoreFixture.WriteReport(dir, "in/full-width.txt", "上海市|2020|热线（一期）|话务接通率|answer_rate|≥90%|95%");
        StoreFixture.WriteReport(dir, "in/no-city.txt", "|2020|无城市热线|接通率|answer_rate|≥95%|90%");
        StoreFixture.Import(db, Path.Combine(dir.Path, "in"));
        return db;
    }

    [Fact]
    public void An_indicator_comparison_keeps_each_reports_closest_name_and_orders_text_by_code_point()
    {
        using var dir = new TempDirectory();
        var rows = Compare(ManyNamesStore(dir, NewDb(dir)), new CompareQuery { Indicator = "接通率" });

        Assert.Equal([
                ("", 2020, "无城市热线", null, "接通率", "90%"),
                ("上海市", 2020, "热线（一期）", null, "话务接通率", "95%"),
                ("上海市", 2020, "热线𠮷", null, "接通率", "90%"),
                ("广州市", 2019, "热线项目", null, "接通率", "89%"),
                ("广州市", 2021, "热线项目", null, "月度话务接通率", "93%"),
                ("广州市", 2021, "热线项目", "self_evaluation", "话务接通率", "87%"),
                ("广州市", 2021, "热线项目", "target", "接通率", ""),
            ],
            rows.Select(r => (r.City ?? "", r.Year, r.Project, r.ReportKind, r.Indicator, r.Actual ?? "")).ToArray());
    }

    [Fact]
    public void A_category_comparison_merges_rows_too_long_for_the_order_index_into_display_order()
    {
        // 700 characters of 3 UTF-8 bytes: the project and its key pass the 2,000 bytes of text that PostgreSQL's partial
        // index holds (migration 22), so those rows come from the second statement and are merged in between the others.
        var longer = "热线甲" + new string('甲', 700);
        var longest = "热线项目" + new string('乙', 700);
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        StoreFixture.WriteReport(dir, "in/a.txt", "广州市|2021|热线项目|接通率|answer_rate|≥95%|96%");
        StoreFixture.WriteReport(dir, "in/b.txt", "广州市|2021|热线乙|接通率|answer_rate|≥90%|91%");
        StoreFixture.WriteReport(dir, "in/c.txt", $"广州市|2021|{longer}|接通率|answer_rate|≥90%|92%");
        StoreFixture.WriteReport(dir, "in/d.txt", $"广州市|2021|{longest}|接通率|answer_rate|≥90%|93%");
        StoreFixture.WriteReport(dir, "in/e.txt", $"|2020|{longer}|接通率|answer_rate|≥90%|94%");
        StoreFixture.WriteReport(dir, "in/f.txt", "上海市|2020|热线项目|接通率|answer_rate|≥90%|95%");
        StoreFixture.Import(db, Path.Combine(dir.Path, "in"));

        var expected = new[]
        {
            ("", 2020, longer, "94%"), ("上海市", 2020, "热线项目", "95%"), ("广州市", 2021, "热线乙", "91%"),
            ("广州市", 2021, longer, "92%"), ("广州市", 2021, "热线项目", "96%"), ("广州市", 2021, longest, "93%"),
        };
        Assert.Equal(expected, Compare(db, new CompareQuery { Category = "answer_rate" }).Select(r => (r.City ?? "", r.Year ?? 0, r.Project, r.Actual ?? "")).ToArray());
        Assert.Equal(expected.Where(r => r.Item1 == "广州市").ToArray(),
            Compare(db, new CompareQuery { Category = "answer_rate", Cities = ["广州"] }).Select(r => (r.City ?? "", r.Year ?? 0, r.Project, r.Actual ?? "")).ToArray());
        using var connection = StoreFixture.Open(db);
        var page = new CompareService(connection).Page(new CompareQuery { Category = "answer_rate" }, budgets: false, 2, 4);
        Assert.Equal(6, page.Total);
        Assert.Equal(expected[4..], page.Rows.Select(r => (r.City ?? "", r.Year ?? 0, r.Project, r.Actual ?? "")).ToArray());
    }

    [Fact]
    public void Each_report_is_one_integer_in_its_indicator_name_rows_the_same_when_written_and_when_migrated()
    {
        using var dir = new TempDirectory();
        var db = ManyNamesStore(dir, NewDb(dir));
        var written = ReportIds(db);
        using (var raw = StoreFixture.Open(db))
        {
            Schema.StoreDatabase.Execute(raw, StoreFixture.BackToVersion20);
            Schema.StoreDatabase.Execute(raw, Engine == StoreEngine.Sqlite ? "PRAGMA user_version = 20" : "UPDATE schema_version SET version = 20");
        }
        var migrated = ReportIds(db);

        // Seven reports, each under its smallest project id; the self-evaluation's four names are one report.
        Assert.Equal(written, migrated);
        Assert.Equal(written.Count, written.Select(r => r.Report).Distinct().Count());
        Assert.All(written, r => Assert.Equal(r.SmallestProject, r.Report));
        Assert.Equal(7, written.Count);
        Assert.Equal(4, written.Single(r => r.Kind == "self_evaluation").Names);
    }

    /// <summary>Each report's id in compare_name_rows (one per report, or the test fails), with how many names it holds.</summary>
    private static List<(string? City, long? Year, string? Kind, string Name, long Report, long SmallestProject, long Names)> ReportIds(string db)
    {
        using var connection = StoreFixture.Open(db);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT c.city_key, c.year, c.report_kind, c.name_key, MIN(c.report_id), MAX(c.report_id), COUNT(*), " +
                              "(SELECT MIN(p.id) FROM projects p WHERE p.name_key = c.name_key AND p.city_key IS NOT DISTINCT FROM c.city_key " +
                              "AND p.year IS NOT DISTINCT FROM c.year AND p.report_kind IS NOT DISTINCT FROM c.report_kind) " +
                              "FROM compare_name_rows c GROUP BY c.city_key, c.year, c.report_kind, c.name_key ORDER BY 5";
        var reports = new List<(string?, long?, string?, string, long, long, long)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            Assert.Equal(Db.Long(reader, 4), Db.Long(reader, 5));
            reports.Add((Db.Text(reader, 0), reader.IsDBNull(1) ? null : Db.Long(reader, 1), Db.Text(reader, 2), reader.GetString(3),
                Db.Long(reader, 4), Db.Long(reader, 7), Db.Long(reader, 6)));
        }
        return reports;
    }

    [Fact]
    public void A_report_written_again_is_one_integer_its_smallest_project_id_and_its_whole_comparison_its_pages()
    {
        using var dir = new TempDirectory();
        var db = ManyNamesStore(dir, NewDb(dir));
        // The self-evaluation's file changed at its path: its projects are deleted and written again under new ids.
        StoreFixture.WriteReport(dir, "in/three-names.txt",
            "广州市|2021|热线项目|话务接通率|answer_rate|≥85%|88%|局甲|self_evaluation",
            "广州市|2021|热线项目|市民满意度|satisfaction|≥90%|92%|局甲|self_evaluation");
        StoreFixture.Import(db, Path.Combine(dir.Path, "in"));
        var after = ReportIds(db);
        using var connection = StoreFixture.Open(db);
        var service = new CompareService(connection);
        var query = new CompareQuery { Indicator = "接通率" };

        var rewritten = after.Single(r => r.Kind == "self_evaluation");
        Assert.Equal((2L, rewritten.SmallestProject), (rewritten.Names, rewritten.Report));
        Assert.All(after, r => Assert.Equal(r.SmallestProject, r.Report));
        Assert.Equal(after.Count, after.Select(r => r.Report).Distinct().Count());
        var whole = service.Indicators(query);
        Assert.Contains(whole, r => r.ReportKind == "self_evaluation" && r.Indicator == "话务接通率" && r.Actual == "88%");
        Assert.Equal(Enumerable.Range(1, 3).SelectMany(page => service.Page(query, budgets: false, page, pageSize: 3).Rows), whole);
    }

    [Fact]
    public void A_whole_indicator_comparison_has_the_rows_of_its_pages()
    {
        using var dir = new TempDirectory();
        var db = ManyNamesStore(dir, NewDb(dir));
        using var connection = StoreFixture.Open(db);
        var service = new CompareService(connection);
        var query = new CompareQuery { Indicator = "接通率" };

        var pages = Enumerable.Range(1, 3).SelectMany(page => service.Page(query, budgets: false, page, pageSize: 3).Rows);

        Assert.Equal(pages, service.Indicators(query));
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

    [Fact]
    public void An_indicator_comparison_reads_each_names_rows_from_an_index_that_holds_every_shown_column()
    {
        // Migration 20: at 1M rows the 7,758 rows of 接通率 were each looked up in the table after the name index found them.
        using var dir = new TempDirectory();
        using var connection = Schema.StoreDatabase.Open(dir.File("s.db"));
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN SELECT " + StoredComparisons.RowColumns + ", report_kind, city_key, name_key, MIN(n.position) " +
                              "FROM compare_name_rows p JOIN (SELECT value, key AS position FROM json_each('[\"接通率\",\"综合接通率\"]')) AS n " +
                              "ON n.value = p.indicator_key GROUP BY p.city_key, p.year, p.report_kind, p.name_key";
        var plan = new List<string>();
        using (var reader = command.ExecuteReader())
            while (reader.Read()) plan.Add(reader.GetString(3));

        Assert.Contains(plan, line => line.Contains("USING COVERING INDEX compare_name_rows_in_order (indicator_key=?)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_whole_indicator_comparison_reads_each_rows_report_from_the_same_index_without_a_sort()
    {
        // Migration 21 rebuilt migration 20's index with report_id: without it each of 接通率's 7,758 rows at 1M is looked up in the table.
        using var dir = new TempDirectory();
        using var connection = Schema.StoreDatabase.Open(dir.File("s.db"));
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN SELECT " + StoredComparisons.RowColumns + ", report_kind, city_key, name_key, p.report_id, n.position " +
                              "FROM compare_name_rows p JOIN (SELECT value, key AS position FROM json_each('[\"接通率\",\"综合接通率\"]')) AS n " +
                              "ON n.value = p.indicator_key";
        var plan = new List<string>();
        using (var reader = command.ExecuteReader())
            while (reader.Read()) plan.Add(reader.GetString(3));

        Assert.Contains(plan, line => line.Contains("USING COVERING INDEX compare_name_rows_in_order (indicator_key=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }
}

public sealed class PostgresCompareTests : CompareTestsContract
{
    protected override StoreEngine Engine => StoreEngine.Postgres;
}
