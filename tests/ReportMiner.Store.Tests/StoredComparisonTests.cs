using ReportMiner.Store.Data;
using System.Text.Json.Nodes;
using System.Data.Common;
using ReportMiner.Store.Comparing;
using ReportMiner.Extraction.Records;
using ReportMiner.Store.Schema;
using ReportMiner.TestSupport;

namespace ReportMiner.Store.Tests;

/// <summary>The compare rows kept at write time must always equal a collapse of everything stored.</summary>
public abstract class StoredComparisonTestsContract
{
    protected abstract StoreEngine Engine { get; }

    private string NewDb(TempDirectory dir) => StoreFixture.NewStore(dir, Engine);

    [Fact]
    public void Replacing_removing_and_restoring_a_copy_keeps_compare_rows_equal_to_a_full_rebuild()
    {
        using var dir = new TempDirectory();
        var gold = StoreFixture.CopyGold(dir);
        var original = JsonNode.Parse(File.ReadAllText(Directory.GetFiles(gold, "002_*.json").Single()))!;
        var copy = Path.Combine(gold, "copy.json");
        var disagreeing = original.DeepClone();
        foreach (var indicator in disagreeing["projects"]![0]!["indicators"]!.AsArray())
            if ((string?)indicator!["category"] == "answer_rate") indicator["actual"]!["value"] = 94.5;
        File.WriteAllText(copy, disagreeing.ToJsonString());
        var db = NewDb(dir);
        StoreFixture.Import(db, gold);
        var before = Snapshot(db);
        Assert.Equal((2, 1), Guangzhou(before));

        var renamed = disagreeing.DeepClone();
        renamed["projects"]![0]!["name"] = "另一个热线项目";
        File.WriteAllText(copy, renamed.ToJsonString());
        StoreFixture.Import(db, gold);
        var afterReplace = Snapshot(db);
        Assert.Equal((1, 1), Guangzhou(afterReplace));
        Assert.Contains(afterReplace.Single(s => s.Kind == "answer_rate").Rows, r => r.Project == "另一个热线项目");
        AssertEqualToRebuild(db, afterReplace);

        // Same bytes as the stored original: the importer removes the copy's own version instead of storing it twice.
        File.WriteAllText(copy, File.ReadAllText(Directory.GetFiles(gold, "002_*.json").Single()));
        StoreFixture.Import(db, gold);
        var afterRemove = Snapshot(db);
        Assert.Equal((1, 1), Guangzhou(afterRemove));
        Assert.DoesNotContain(afterRemove.Single(s => s.Kind == "answer_rate").Rows, r => r.Project == "另一个热线项目");
        AssertEqualToRebuild(db, afterRemove);

        File.WriteAllText(copy, disagreeing.ToJsonString());
        StoreFixture.Import(db, gold);
        Assert.Equal(before, Snapshot(db));
        AssertEqualToRebuild(db, before);
    }

    [Fact]
    public void Single_document_writes_and_removals_refresh_compare_rows_immediately()
    {
        using var dir = new TempDirectory();
        var gold = StoreFixture.CopyGold(dir);
        var db = NewDb(dir);
        using var connection = StoreDatabase.Open(db);
        var writer = new Writing.RecordWriter(connection);
        var files = Directory.GetFiles(gold, "*.json").Order(StringComparer.Ordinal).ToArray();
        foreach (var (file, copy) in files.Select(f => (f, 0)).Concat(files.Select(f => (f, 1))))
        {
            using var transaction = connection.BeginTransaction();
            writer.Write(new Writing.DocumentEntry
            {
                Path = file + "#" + copy, Sha256 = $"{copy}{file}", Format = "record", Size = 1, Record = Importing.RecordFiles.Read(file, $"{copy}{file}"),
            }, null, transaction);
            transaction.Commit();
        }
        Assert.Equal((2, 2), Guangzhou(Snapshot(connection)));

        using (var transaction = connection.BeginTransaction())
        {
            writer.Remove(files.Single(f => Path.GetFileName(f).StartsWith("002_", StringComparison.Ordinal)) + "#1", transaction);
            transaction.Commit();
        }

        var afterRemove = Snapshot(connection);
        Assert.Equal((1, 1), Guangzhou(afterRemove));
        AssertEqualToRebuild(db, afterRemove);
    }

    [Fact]
    public void A_store_at_the_previous_version_is_migrated_to_the_same_compare_results()
    {
        using var dir = new TempDirectory();
        var gold = StoreFixture.CopyGold(dir);
        var original = JsonNode.Parse(File.ReadAllText(Directory.GetFiles(gold, "002_*.json").Single()))!;
        original["projects"]![0]!["actual_wan"] = null;
        File.WriteAllText(Path.Combine(gold, "copy-incomplete.json"), original.ToJsonString());
        var db = NewDb(dir);
        StoreFixture.Import(db, gold);
        var expected = Snapshot(db);
        Assert.Equal((2, 2), Guangzhou(expected));
        using (var raw = StoreFixture.Open(db))
        {
            // Back to version 3: before the compare tables (4 and 7), the fields and change sequence of 5, the identity of 8, the document warnings of 14.
            // Migrations 21 to 14 undone first: 21 drops a column of compare_name_rows.
            StoreDatabase.Execute(raw, StoreFixture.BackToVersion13 +
                                       "DROP TABLE compare_rows; DROP TABLE budget_compare_rows; DROP TABLE compare_name_rows; DROP INDEX projects_by_compare_key; " +
                                       "DROP INDEX documents_imported_once; DROP TABLE changes; ALTER TABLE projects DROP COLUMN budget_initial_wan; " +
                                       "ALTER TABLE projects DROP COLUMN budget_adjusted_wan; ALTER TABLE documents DROP COLUMN document_kind; " +
                                       "ALTER TABLE import_runs DROP COLUMN host; DROP TABLE store_identity; " +
                                       "ALTER TABLE import_runs DROP COLUMN pid; ALTER TABLE import_runs DROP COLUMN heartbeat_at; ");
            StoreDatabase.Execute(raw, Engine == StoreEngine.Sqlite ? "PRAGMA user_version = 3" : "UPDATE schema_version SET version = 3");
        }

        using (var connection = StoreDatabase.Open(db)) Assert.Equal(StoreDatabase.CurrentVersion, StoreDatabase.Version(connection));

        Assert.Equal(expected, Snapshot(db));
    }

    [Fact]
    public void One_transaction_of_more_report_keys_than_a_statement_takes_refreshes_each_key_as_a_full_rebuild_would()
    {
        // 330 reports in one write batch: more keys than one refresh statement matches (300), copies that agree and
        // copies that do not, and projects without a city or a year (matched by IS NULL, not by equality).
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        using var connection = StoreDatabase.Open(db);
        string[] names = ["接诉即办服务项目", "政务热线运维项目", "坐席外包服务项目"];
        using (var batch = new Writing.WriteBatch(connection))
        {
            for (var i = 0; i < 330; i++)
            {
                var copy = i >= 300;
                var n = copy ? i - 300 : i;
                var city = n % 50 == 0 ? null : $"城市{n}市";
                int? year = n % 7 == 0 ? null : 2000 + n;
                var record = new DocumentRecord
                {
                    File = $"r{i}.txt", Sha256 = $"sha{i}", Format = "txt",
                    Projects =
                    [
                        new ProjectRecord
                        {
                            Name = names[n / 100], City = city, Year = year, BudgetWan = 100 + n % 3, ActualWan = 90,
                            Indicators =
                            [
                                new IndicatorRecord
                                {
                                    Name = "接通率", Category = "answer_rate", Target = new Quantity("≥95%", "≥", 95, "%"),
                                    Actual = copy && i % 2 == 0 ? new Quantity("90%", null, 90, "%") : new Quantity("96%", null, 96, "%"),
                                },
                            ],
                        },
                    ],
                };
                Assert.True(batch.Write(new Writing.DocumentEntry { Path = $"/in/r{i}.txt", Sha256 = $"sha{i}", Format = "txt", Size = 1, Record = record }, null));
            }
            batch.Commit();
        }

        var incremental = Snapshot(connection);
        Assert.Equal(300, incremental.Single(c => c.Kind == "budgets").Rows.Count);
        Assert.Equal(30, incremental.Single(c => c.Kind == "answer_rate").Rows.Count(r => r.Sources == 2));
        Assert.Equal(15, incremental.Single(c => c.Kind == "answer_rate").Rows.Count(r => r.Sources == 2 && r.Agreeing == 1));
        AssertEqualToRebuild(db, incremental);
        // Each written document has one change row, numbered in the order of the documents.
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT document_id FROM changes ORDER BY seq";
        using var reader = command.ExecuteReader();
        var changed = new List<long>();
        while (reader.Read()) changed.Add(Convert.ToInt64(reader.GetValue(0)));
        Assert.Equal(330, changed.Count);
        Assert.Equal(changed.Order(), changed);
    }

    [Fact]
    public void A_project_without_city_or_year_takes_the_key_of_a_stored_copy_a_misread_away()
    {
        using var dir = new TempDirectory();
        var db = NewDb(dir);
        using var connection = StoreDatabase.Open(db);
        string[] names = ["12345政府服务热线人工坐席服务外包", "12345政府服务热线人工座席服务外包"];
        for (var i = 0; i < 2; i++)
        {
            using var batch = new Writing.WriteBatch(connection);
            var record = new DocumentRecord
            {
                File = $"r{i}.txt", Sha256 = $"sha{i}", Format = "txt",
                Projects = [new ProjectRecord { Name = names[i], BudgetWan = 250, Indicators = [] }],
            };
            Assert.True(batch.Write(new Writing.DocumentEntry { Path = $"/in/r{i}.txt", Sha256 = $"sha{i}", Format = "txt", Size = 1, Record = record }, null));
            batch.Commit();
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(DISTINCT name_key) FROM projects";
        Assert.Equal(1L, Convert.ToInt64(command.ExecuteScalar()));
        Assert.Single(new CompareService(connection).Budgets(new CompareQuery()));
    }

    private sealed record Comparison(string Kind, IReadOnlyList<CompareRow> Rows)
    {
        public bool Equals(Comparison? other) => other is not null && Kind == other.Kind && Rows.SequenceEqual(other.Rows);

        public override int GetHashCode() => Kind.GetHashCode();
    }

    private static (int Sources, int Agreeing) Guangzhou(IReadOnlyList<Comparison> snapshot)
    {
        var row = snapshot.Single(s => s.Kind == "answer_rate").Rows.Single(r => r.City == "广州市" && r.Project.StartsWith("12345", StringComparison.Ordinal));
        return (row.Sources, row.Agreeing);
    }

    private static IReadOnlyList<Comparison> Snapshot(string db)
    {
        using var connection = StoreFixture.Open(db);
        return Snapshot(connection);
    }

    private static IReadOnlyList<Comparison> Snapshot(DbConnection connection)
    {
        var categories = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT DISTINCT category FROM indicators WHERE category IS NOT NULL ORDER BY category";
            using var reader = command.ExecuteReader();
            while (reader.Read()) categories.Add(reader.GetString(0));
        }
        Assert.NotEmpty(categories);
        var service = new CompareService(connection);
        return [.. categories.Select(c => new Comparison(c, service.Indicators(new CompareQuery { Category = c }))),
            new Comparison("budgets", service.Budgets(new CompareQuery()))];
    }

    private static void AssertEqualToRebuild(string db, IReadOnlyList<Comparison> incremental)
    {
        using var connection = StoreFixture.Open(db);
        using var transaction = connection.BeginTransaction();
        StoreDatabase.Execute(connection, "DELETE FROM compare_rows; DELETE FROM budget_compare_rows;", transaction);
        StoredComparisons.Rebuild(connection, transaction);
        Assert.Equal(incremental, Snapshot(connection));
        transaction.Rollback();
    }
}

public sealed class SqliteStoredComparisonTests : StoredComparisonTestsContract
{
    protected override StoreEngine Engine => StoreEngine.Sqlite;
}

public sealed class PostgresStoredComparisonTests : StoredComparisonTestsContract
{
    protected override StoreEngine Engine => StoreEngine.Postgres;
}
