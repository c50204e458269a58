using Microsoft.Data.Sqlite;
using ReportMiner.Store.Schema;
using ReportMiner.TestSupport;

namespace ReportMiner.Store.Tests;

public sealed class SchemaTests
{
    [Fact]
    public void A_new_store_is_at_the_current_schema_version_in_wal_mode()
    {
        using var dir = new TempDirectory();
        using var connection = StoreDatabase.Open(dir.File("s.db"));
        Assert.Equal(StoreDatabase.CurrentVersion, StoreDatabase.Version(connection));
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void Reopening_a_store_keeps_its_data_and_version()
    {
        using var dir = new TempDirectory();
        var db = dir.File("s.db");
        StoreFixture.Import(db, StoreFixture.WriteReport(dir, "a.txt", "广州市|2021|热线项目|接通率|answer_rate|≥95%|94%"));
        using var connection = StoreDatabase.Open(db);
        Assert.Equal(StoreDatabase.CurrentVersion, StoreDatabase.Version(connection));
        Assert.Equal(1, StoreFixture.Count(db, "SELECT COUNT(*) FROM indicators"));
    }

    [Fact]
    public void A_store_written_by_a_newer_version_is_refused_with_advice()
    {
        using var dir = new TempDirectory();
        var db = dir.File("s.db");
        using (var raw = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            raw.Open();
            using var command = raw.CreateCommand();
            command.CommandText = $"PRAGMA user_version = {StoreDatabase.CurrentVersion + 1}";
            command.ExecuteNonQuery();
        }
        var error = Assert.Throws<StoreException>(() => StoreDatabase.Open(db).Dispose());
        Assert.Contains("newer", error.Message);
    }

    [Fact]
    public void Querying_a_missing_store_says_to_import_first()
    {
        using var dir = new TempDirectory();
        var error = Assert.Throws<StoreException>(() => StoreDatabase.OpenExisting(dir.File("none.db")));
        Assert.Contains("reportminer import", error.Message);
        Assert.False(File.Exists(dir.File("none.db")));
    }
}

public sealed class MigrationTests
{
    [Fact]
    public void A_version_1_store_is_migrated_forward_and_its_indicators_stay_searchable()
    {
        using var dir = new TempDirectory();
        var db = dir.File("v1.db");
        using (var raw = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            raw.Open();
            using var transaction = raw.BeginTransaction();
            Migrations.Ordered[0].Apply(raw, transaction, Data.SqlDialect.Sqlite);
            StoreDatabase.Execute(raw,
                "INSERT INTO documents (id, path, sha256, format, size, status, imported_at) VALUES (1, '/r.docx', 'ab', 'docx', 1, 'imported', 'x');" +
                "INSERT INTO projects (id, document_id, ordinal, name, name_key, city, city_key, year) VALUES (1, 1, 0, '热线项目', '热线项目', '广州市', '广州', 2021);" +
                "INSERT INTO indicators (id, project_id, ordinal, name, name_key, category) VALUES (7, 1, 0, '月度话务接通率', '月度话务接通率', 'answer_rate');" +
                "PRAGMA user_version = 1;", transaction);
            transaction.Commit();
        }

        using var connection = StoreDatabase.Open(db);

        Assert.Equal(StoreDatabase.CurrentVersion, StoreDatabase.Version(connection));
        var search = new Searching.SearchService(connection);
        Assert.Equal(7, Assert.Single(search.Search(new Searching.SearchQuery("话务接通 广州")).Indicators).IndicatorId);
        Assert.Equal(7, Assert.Single(search.Search(new Searching.SearchQuery("接通率") { Year = 2021 }).Indicators).IndicatorId);
    }
}
