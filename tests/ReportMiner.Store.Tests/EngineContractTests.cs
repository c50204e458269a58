using System.Data.Common;
using System.Text.Json.Nodes;
using ReportMiner.Store.Comparing;
using ReportMiner.Store.Data;
using ReportMiner.Store.Importing;
using ReportMiner.Store.Schema;
using ReportMiner.Store.Searching;
using ReportMiner.Store.Text;
using ReportMiner.TestSupport;

namespace ReportMiner.Store.Tests;

/// <summary>What every engine must do alike: new record fields, runs, concurrent writers, versions, and the derived search index.</summary>
public abstract class EngineContract
{
    protected abstract StoreEngine Engine { get; }

    private string NewDb(TempDirectory dir) => StoreFixture.NewStore(dir, Engine);

    [Fact]
    public void Initial_and_adjusted_budgets_and_the_document_kind_are_stored_and_exported()
    {
        using var dir = new TempDirectory();
        var gold = StoreFixture.CopyGold(dir);
        var file = Directory.GetFiles(gold, "002_*.json").Single();
        var record = JsonNode.Parse(File.ReadAllText(file))!;
        record["document_kind"] = "self_evaluation_form";
        record["projects"]![0]!["budget_initial_wan"] = 12000.5;
        record["projects"]![0]!["budget_adjusted_wan"] = 13410.06;
        File.WriteAllText(file, record.ToJsonString());
        var db = NewDb(dir);

        StoreFixture.Import(db, file);

        Assert.Equal(1, StoreFixture.Count(db, "SELECT COUNT(*) FROM projects WHERE budget_initial_wan = 12000.5 AND budget_adjusted_wan = 13410.06"));
        Assert.Equal(1, StoreFixture.Count(db, "SELECT COUNT(*) FROM documents WHERE document_kind = 'self_evaluation_form'"));
        using var connection = StoreFixture.Open(db);
        var projects = new Exporting.ExportService(connection).Projects(new Exporting.ExportFilter());
        var row = Assert.Single(projects.Rows);
        Assert.Equal(12000.5, Convert.ToDouble(row[Array.IndexOf(projects.Columns.ToArray(), "budget_initial_wan")]));
        Assert.Equal("self_evaluation_form", row[Array.IndexOf(projects.Columns.ToArray(), "document_kind")]);
    }

    [Fact]
    public void An_import_run_records_the_host_it_ran_on()
    {
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        StoreFixture.Import(db, StoreFixture.WriteReport(dir, "a.txt", "广州市|2021|热线项目|接通率|answer_rate|≥95%|94%"));
        Assert.Equal(1, StoreFixture.Count(db, $"SELECT COUNT(*) FROM import_runs WHERE host = '{Environment.MachineName}' AND status = 'completed'"));
    }

    [Fact]
    public async Task Concurrent_importers_of_overlapping_files_store_each_content_once_with_consistent_compare_rows()
    {
        using var dir = new TempDirectory();
        // 12 reports, each as two files whose bytes differ (a comment) but whose records agree; every importer sees all of them.
        for (var i = 0; i < 12; i++)
            foreach (var copy in new[] { "a", "b" })
                StoreFixture.WriteReport(dir, $"in/{copy}/r{i}.txt", $"# copy {copy}", $"城市{i % 4}市|202{i % 3}|热线项目{i % 5}|接通率|answer_rate|≥95%|9{i % 10}%",
                    $"城市{i % 4}市|202{i % 3}|热线项目{i % 5}|满意度|satisfaction|≥90%|9{i % 7}%");
        var db = NewDb(dir);
        using (StoreDatabase.Open(db)) { }
        var input = Path.Combine(dir.Path, "in");

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => StoreFixture.Import(db, input))));

        Assert.Equal(24, runs.Sum(r => r.Imported));
        Assert.Equal(3 * 24, runs.Sum(r => r.Imported + r.Unchanged));
        Assert.Equal(24, StoreFixture.Count(db, "SELECT COUNT(*) FROM documents"));
        Assert.Equal(24, StoreFixture.Count(db, "SELECT COUNT(DISTINCT sha256) FROM documents"));
        Assert.Equal(48, StoreFixture.Count(db, "SELECT COUNT(*) FROM indicators"));
        Assert.Equal(3, StoreFixture.Count(db, "SELECT COUNT(*) FROM import_runs WHERE status = 'completed'"));
        using var connection = StoreFixture.Open(db);
        var incremental = CompareSnapshot(connection);
        Assert.All(incremental, row => Assert.Equal(row.Sources, row.Agreeing));
        using (var transaction = connection.BeginTransaction())
        {
            StoreDatabase.Execute(connection, "DELETE FROM compare_rows; DELETE FROM budget_compare_rows;", transaction);
            StoredComparisons.Rebuild(connection, transaction);
            transaction.Commit();
        }
        Assert.Equal(incremental, CompareSnapshot(connection));
    }

    [Fact]
    public void A_store_newer_than_the_program_is_refused_with_a_clear_message()
    {
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        using (var connection = StoreDatabase.Open(db))
            StoreDatabase.Execute(connection, Engine == StoreEngine.Sqlite
                ? $"PRAGMA user_version = {StoreDatabase.CurrentVersion + 1}"
                : $"UPDATE schema_version SET version = {StoreDatabase.CurrentVersion + 1}");

        var error = Assert.Throws<StoreException>(() => StoreDatabase.Open(db).Dispose());
        Assert.Contains("newer than this build", error.Message);
    }

    [Fact]
    public void Deleting_the_search_index_loses_nothing_the_next_search_rebuilds_it()
    {
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        StoreFixture.Import(db, StoreFixture.CopyGold(dir));
        using var connection = StoreFixture.Open(db);
        var search = new SearchService(connection);
        var before = search.Search(new SearchQuery("率") { Limit = 100 });
        var index = StoreLocation.Of(connection).IndexDirectory;
        Assert.True(Directory.Exists(index));

        Directory.Delete(index, recursive: true);
        var after = search.Search(new SearchQuery("率") { Limit = 100 });

        Assert.True(Directory.Exists(index));
        Assert.True(before.Indicators.Count >= 20);
        Assert.Equal(before.Indicators.Select(h => h.IndicatorId), after.Indicators.Select(h => h.IndicatorId));
    }

    [Fact]
    public void An_index_directory_left_from_another_store_is_rebuilt_not_trusted()
    {
        using var dir = new TempDirectory();
        var index = dir.File("shared.index");
        var first = NewDb(dir);
        var second = StoreFixture.NewStore(new TempDirectory(), Engine);
        StoreFixture.Import(first, StoreFixture.WriteReport(dir, "a/r.txt", "广州市|2021|热线项目|接通率|answer_rate|≥95%|94%"));
        StoreFixture.Import(second, StoreFixture.WriteReport(dir, "b/r.txt", "上海市|2022|热线项目|满意度|satisfaction|≥90%|95%"));
        using var one = StoreFixture.Open(first);
        using var other = StoreFixture.Open(second);

        Assert.Single(new SearchService(one, index).Search(new SearchQuery("接通率")).Indicators);
        var search = new SearchService(other, index);

        Assert.Empty(search.Search(new SearchQuery("接通率")).Indicators);
        Assert.Equal("满意度", Assert.Single(search.Search(new SearchQuery("满意度")).Indicators).Indicator);
    }

    [Fact]
    public void Facets_count_every_match_by_city_year_category_and_report_kind()
    {
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        StoreFixture.Import(db, StoreFixture.CopyGold(dir));
        using var connection = StoreFixture.Open(db);

        var result = new SearchService(connection).Search(new SearchQuery("率") { Limit = 1 });

        Assert.Single(result.Indicators);
        Assert.Equal(7, result.Facets["city"].Single(c => c.Key == "广州").Count);
        Assert.Equal(3, result.Facets["category"].Single(c => c.Key == "answer_rate").Count);
        Assert.Equal(result.TotalIndicators, result.Facets["year"].Sum(c => c.Count));
        Assert.Contains(result.Facets["report_kind"], c => c.Key == "self_evaluation");
        var filtered = new SearchService(connection).Search(new SearchQuery("率") { ReportKind = "self_evaluation", Limit = 200 });
        Assert.Equal(result.Facets["report_kind"].Single(c => c.Key == "self_evaluation").Count, filtered.TotalIndicators);
    }

    [Theory]
    [InlineData("复核")]
    [InlineData("核")]
    [InlineData("復核")]
    public void Page_text_answers_one_and_two_character_queries_with_a_highlighted_snippet(string query)
    {
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        StoreFixture.Import(db, StoreFixture.WriteReport(dir, "r.txt", "# 本报告经第三方机构复核", "广州市|2021|热线项目|接通率|answer_rate|≥95%|94%"));
        using var connection = StoreFixture.Open(db);

        var page = Assert.Single(new SearchService(connection).Search(new SearchQuery(query)).Pages);

        Assert.EndsWith("r.txt", page.File);
        Assert.Equal(1, page.Page);
        Assert.Contains(page.Highlighted, part => part.Match && part.Text.Contains('核'));
        Assert.Contains("复核", string.Concat(page.Highlighted.Select(p => p.Text)));
    }

    [Fact]
    public void An_indicator_named_by_the_query_ranks_above_those_that_only_mention_it_in_context()
    {
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        StoreFixture.Import(db, StoreFixture.WriteReport(dir, "r.txt",
            "广州市|2021|热线服务外包项目|受理量|volume|1万件|1.2万件", "广州市|2021|热线服务外包项目|热线接通率|answer_rate|≥95%|94%",
            "广州市|2021|热线服务外包项目|工单办结率|completion_rate|≥95%|96%"));
        using var connection = StoreFixture.Open(db);

        var hits = new SearchService(connection).Search(new SearchQuery("热线")).Indicators;

        Assert.Equal(3, hits.Count);
        Assert.Equal("热线接通率", hits[0].Indicator);
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void Full_width_letters_and_digits_find_their_half_width_forms()
    {
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        StoreFixture.Import(db, StoreFixture.WriteReport(dir, "r.txt", "广州市|2021|12345热线项目|KPI达标率|answer_rate|≥95%|94%"));
        using var connection = StoreFixture.Open(db);
        var search = new SearchService(connection);

        Assert.Equal("KPI达标率", Assert.Single(search.Search(new SearchQuery("ｋｐｉ")).Indicators).Indicator);
        Assert.Single(search.Search(new SearchQuery("１２３４５")).Indicators);
        Assert.Empty(search.Search(new SearchQuery("1234")).Indicators);
    }

    [Fact]
    public void Sibling_village_committees_of_one_listing_are_two_reports_not_near_copies()
    {
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        StoreFixture.Import(db, CopyCollapseTests.WriteListing(dir, "东坑村民委员会2021年村道硬化工程项目", "西坑村民委员会2021年村道硬化工程项目"));

        using var connection = StoreFixture.Open(db);
        var rows = new CompareService(connection).Budgets(new CompareQuery { Cities = ["广州"] });
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.Equal(1, row.Sources));
        Assert.Equal(2, StoreFixture.Count(db, "SELECT COUNT(DISTINCT name_key) FROM projects"));
    }

    [Fact]
    public void Copies_that_misread_a_years_unit_before_a_village_road_are_one_report()
    {
        // 年 read as 午: 2021年村道 names no village 年村, so the misread is outside any place and the copies are near.
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        StoreFixture.Import(db, CopyCollapseTests.WriteNamedCopies(dir, "2021年村道硬化提升工程项目", "2021午村道硬化提升工程项目"));

        using var connection = StoreFixture.Open(db);
        var row = Assert.Single(new CompareService(connection).Budgets(new CompareQuery { Cities = ["广州"] }));
        Assert.Equal(2, row.Sources);
        Assert.Equal(1, StoreFixture.Count(db, "SELECT COUNT(DISTINCT name_key) FROM projects"));
    }

    [Fact]
    public async Task Copies_of_a_report_get_the_same_project_keys_whatever_order_they_are_imported_in()
    {
        using var inputs = new TempDirectory();
        var gold = StoreFixture.CopyGold(inputs);
        var copies = CopyCollapseTests.WriteCopies(inputs);
        var files = Directory.GetFiles(copies).Order(StringComparer.Ordinal).ToArray();
        var orders = new (string Name, Func<string, Task> Import)[]
        {
            ("together", db => Task.Run(() => StoreFixture.Import(db, gold, copies))),
            ("original first, then each copy", db => Task.Run(() =>
            {
                StoreFixture.Import(db, gold);
                foreach (var file in files) StoreFixture.Import(db, file);
            })),
            ("each copy in reverse, then the original", db => Task.Run(() =>
            {
                foreach (var file in files.Reverse()) StoreFixture.Import(db, file);
                StoreFixture.Import(db, gold);
            })),
            // Two importers at once (on PostgreSQL two writers of one group: its lock makes the second settle after the first).
            ("two importers at once", db => Task.WhenAll(Task.Run(() => StoreFixture.Import(db, copies)), Task.Run(() => StoreFixture.Import(db, gold)))),
            ("two importers at once, the other way", db => Task.WhenAll(Task.Run(() => StoreFixture.Import(db, gold)), Task.Run(() => StoreFixture.Import(db, copies)))),
        };
        var snapshots = new List<(string Order, string Keys, string Compare)>();
        foreach (var (name, import) in orders)
        {
            using var dir = new TempDirectory();
            var db = NewDb(dir);
            using (StoreDatabase.Open(db)) { }
            await import(db);
            using var connection = StoreFixture.Open(db);
            var keys = new List<string>();
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT d.path, p.ordinal, p.name_key, p.budget_wan FROM projects p JOIN documents d ON d.id = p.document_id";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                    keys.Add($"{Path.GetRelativePath(inputs.Path, reader.GetString(0))} #{reader.GetValue(1)} {reader.GetString(2)} {reader.GetValue(3)}");
            }
            keys.Sort(StringComparer.Ordinal);
            var service = new CompareService(connection);
            var compare = CompareSnapshot(connection).Concat(service.Indicators(new CompareQuery { Indicator = "接通率" }))
                .Select(row => row with { File = Path.GetRelativePath(inputs.Path, row.File) });
            // Search shows each report once with its number of copies (which copy it shows, among identical ones, is the first stored).
            var hits = new SearchService(connection).Search(new SearchQuery("率") { City = "广州", Limit = 200 }).Indicators
                .Select(h => $"{h.Indicator} {h.Year} ×{h.Copies}").Order(StringComparer.Ordinal);
            snapshots.Add((name, string.Join("\n", keys), string.Join("\n", compare) + "\n" + string.Join("\n", hits)));
        }

        // The original's key is the group's: it and its noisy copy are two of the four copies with the 13,410.06 budget.
        var original = ProjectNames.Key("12345政府服务热线人工坐席服务外包项目", "广州市");
        Assert.Contains($"#0 {original} 13410.06", snapshots[0].Keys);
        Assert.Equal(4, snapshots[0].Keys.Split('\n').Count(line => line.EndsWith($" {original} 13410.06", StringComparison.Ordinal)));
        Assert.Contains("other-budget.json #0 12345政府服务热线人工座席服务外包 999", snapshots[0].Keys);
        Assert.Contains(" ×4", snapshots[0].Compare);
        foreach (var snapshot in snapshots.Skip(1))
        {
            Assert.True(snapshots[0].Keys == snapshot.Keys, $"keys differ after '{snapshot.Order}':\n{snapshot.Keys}\nagainst\n{snapshots[0].Keys}");
            Assert.True(snapshots[0].Compare == snapshot.Compare, $"compare rows differ after '{snapshot.Order}'");
        }
    }

    [Fact]
    public void Search_shows_the_same_copy_of_a_report_whatever_order_its_copies_are_imported_in()
    {
        // The original of gold report 002 and three copies of it named apart (title noise, misread characters) are one
        // report, equally complete and agreed on by all: which of them search shows is decided by file path, as compare
        // decides, and not by which was stored first.
        using var inputs = new TempDirectory();
        var gold = StoreFixture.CopyGold(inputs);
        var copies = CopyCollapseTests.WriteCopies(inputs);
        var files = Directory.GetFiles(copies).Order(StringComparer.Ordinal).ToArray();
        var orders = new (string Name, Action<string> Import)[]
        {
            ("original first, then each copy", db =>
            {
                StoreFixture.Import(db, gold);
                foreach (var file in files) StoreFixture.Import(db, file);
            }),
            ("each copy in reverse, then the original", db =>
            {
                foreach (var file in files.Reverse()) StoreFixture.Import(db, file);
                StoreFixture.Import(db, gold);
            }),
        };
        var snapshots = new List<(string Order, string Hits, string Shown, string Compared)>();
        foreach (var (name, import) in orders)
        {
            using var dir = new TempDirectory();
            var db = NewDb(dir);
            using (StoreDatabase.Open(db)) { }
            import(db);
            using var connection = StoreFixture.Open(db);
            var result = new SearchService(connection).Search(new SearchQuery("接通率") { Limit = 1000 });
            Assert.True(result.TotalIndicators < 1000);
            var hits = result.Indicators
                .Select(hit => $"{hit.Project} | {Path.GetRelativePath(inputs.Path, hit.File)} | ×{hit.Copies} | {hit.Indicator} | {hit.Target} | {hit.Actual}")
                .Concat(result.Pages.Select(page => $"page {Path.GetRelativePath(inputs.Path, page.File)} #{page.Page}"))
                .Order(StringComparer.Ordinal).ToList();
            // The four-copy report is shown by one copy, the one compare shows.
            var report = result.Indicators.Where(hit => hit.Copies == 4).ToList();
            Assert.NotEmpty(report);
            var shown = Assert.Single(report.Select(hit => hit.File).Distinct());
            var compared = new CompareService(connection).Indicators(new CompareQuery { Indicator = "接通率" }).Single(row => row.Sources == 4);
            snapshots.Add((name, string.Join("\n", hits), shown, compared.File));
        }

        Assert.True(snapshots[0].Hits == snapshots[1].Hits,
            $"search differs after '{snapshots[1].Order}':\n{snapshots[1].Hits}\nagainst '{snapshots[0].Order}':\n{snapshots[0].Hits}");
        foreach (var snapshot in snapshots)
        {
            // The first path of the equally good copies (copies/ocr.json sorts before copies/ocr2.json, copies/suffix.json, gold/…).
            Assert.Equal(Path.Combine(copies, "ocr.json"), snapshot.Shown);
            Assert.Equal(snapshot.Compared, snapshot.Shown);
        }
    }

    [Fact]
    public async Task Two_importers_re_importing_overlapping_files_at_once_end_as_one_import_would()
    {
        // 36 reports of two cities, one year and one budget (the line reader's 100 万元): three projects, each under its name
        // or one of two misread copies of it, so every file belongs to a group of near-named projects that re-imports settle.
        string[] names = ["12345政府服务热线人工坐席服务外包项目", "市民服务中心话务外包服务项目经费", "便民服务热线升级改造项目工程"];
        static string Misread(string name, int copy) => copy == 0 ? name : name.Remove(3 + copy * 2, 1).Insert(3 + copy * 2, copy == 1 ? "甲" : "乙");
        void WriteAll(TempDirectory dir, int version)
        {
            for (var i = 0; i < 36; i++)
            {
                // Which copy a file is changes with the version, and so do the groups' sizes: a re-import re-keys the files the
                // other importer is replacing.
                var project = Misread(names[i % 3], (i / 3 + version * (i % 5)) % 3);
                var city = i % 2 == 0 ? "广州市" : "深圳市";
                StoreFixture.WriteReport(dir, $"in/r{i:D2}.txt", $"# version {version}",
                    $"{city}|2021|{project}|接通率|answer_rate|≥95%|{90 + (i + version) % 9}%",
                    $"{city}|2021|{project}|满意度|satisfaction|≥90%|{80 + (i * version) % 17}%");
            }
        }
        string Snapshot(string db, TempDirectory dir)
        {
            using var connection = StoreFixture.Open(db);
            var lines = new List<string>();
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT d.path, d.sha256, d.status, p.ordinal, p.name_key FROM documents d LEFT JOIN projects p ON p.document_id = d.id";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                    lines.Add($"{Path.GetRelativePath(dir.Path, reader.GetString(0))} {reader.GetString(1)[..8]} {reader.GetString(2)} #{reader.GetValue(3)} {reader.GetValue(4)}");
            }
            lines.Sort(StringComparer.Ordinal);
            var compare = CompareSnapshot(connection).Concat(new CompareService(connection).Indicators(new CompareQuery { Indicator = "接通率" }))
                .Select(row => row with { File = Path.GetRelativePath(dir.Path, row.File) });
            return string.Join("\n", lines) + "\n" + string.Join("\n", compare);
        }

        // One importer: the first version, then each later version re-imported whole.
        using var single = new TempDirectory();
        var reference = NewDb(single);
        var input = Path.Combine(single.Path, "in");
        WriteAll(single, 1);
        StoreFixture.Import(reference, input);
        const int versions = 6;
        for (var version = 2; version <= versions; version++)
        {
            WriteAll(single, version);
            StoreFixture.Import(reference, input);
        }

        // Two importers at once on overlapping halves (files 0–23 and 12–35) of every later version of the same files.
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        var files = Path.Combine(dir.Path, "in");
        WriteAll(dir, 1);
        StoreFixture.Import(db, files);
        var all = Directory.GetFiles(files).Order(StringComparer.Ordinal).ToArray();
        for (var version = 2; version <= versions; version++)
        {
            WriteAll(dir, version);
            var runs = await Task.WhenAll(
                Task.Run(() => StoreFixture.Import(db, all[..24])),
                Task.Run(() => StoreFixture.Import(db, [.. all[12..].Reverse()])));
            Assert.All(runs, run => Assert.Empty(run.Failures));
            // Not even a batch rolled back as a deadlock's victim and written again.
            Assert.Equal(0, runs.Sum(run => run.Retries));
            Assert.Equal(36, runs.Sum(run => run.Imported));
            Assert.Equal(36, StoreFixture.Count(db, "SELECT COUNT(*) FROM documents"));
            Assert.Equal(36, StoreFixture.Count(db, "SELECT COUNT(DISTINCT sha256) FROM documents"));
        }

        Assert.Equal(Snapshot(reference, single), Snapshot(db, dir));
        Assert.Equal(72, StoreFixture.Count(db, "SELECT COUNT(*) FROM indicators"));
        Assert.Equal(1 + 2 * (versions - 1), StoreFixture.Count(db, "SELECT COUNT(*) FROM import_runs WHERE status = 'completed'"));
    }

    private static IReadOnlyList<CompareRow> CompareSnapshot(DbConnection connection)
    {
        var service = new CompareService(connection);
        return [.. service.Indicators(new CompareQuery { Category = "answer_rate" }), .. service.Indicators(new CompareQuery { Category = "satisfaction" }),
            .. service.Budgets(new CompareQuery())];
    }
}

public sealed class SqliteEngineContract : EngineContract
{
    protected override StoreEngine Engine => StoreEngine.Sqlite;
}

public sealed class PostgresEngineContract : EngineContract
{
    protected override StoreEngine Engine => StoreEngine.Postgres;
}
