using System.Security.Cryptography;
using ReportMiner.Store.Browsing;
using ReportMiner.Store.Data;
using ReportMiner.Store.Searching;
using ReportMiner.TestSupport;

namespace ReportMiner.Store.Tests;

/// <summary>What the web workbench reads from a store (documents, compare choices, hit links, search facets), alike on every engine.</summary>
public abstract class BrowsingContract
{
    protected abstract StoreEngine Engine { get; }

    private (string Db, string CopyA, string CopyB, string Hefei) Store(TempDirectory dir)
    {
        string[] guangzhou = ["广州市|2021|热线项目|接通率|answer_rate|≥95%|94%", "广州市|2021|热线项目|满意度|satisfaction|≥90%|96%"];
        var a = StoreFixture.WriteReport(dir, "in/a/gz.txt", ["# copy a", .. guangzhou]);
        var b = StoreFixture.WriteReport(dir, "in/b/gz.txt", ["# copy b", .. guangzhou]);
        var hefei = StoreFixture.WriteReport(dir, "in/hf.txt", "合肥市|2022|热线服务|接通率|answer_rate|≥90%|92%");
        var db = StoreFixture.NewStore(dir, Engine);
        Assert.Equal(3, StoreFixture.Import(db, Path.Combine(dir.Path, "in")).Imported);
        return (db, a, b, hefei);
    }

    private static string Sha(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public void A_stored_document_comes_back_as_its_record_with_indicator_ids_and_the_list_counts_indicators()
    {
        using var dir = new TempDirectory();
        var (db, a, _, hefei) = Store(dir);
        using var connection = StoreFixture.Open(db);
        var documents = new StoredDocuments(connection);

        var found = documents.Find(Sha(hefei))!;
        var list = documents.List(10);

        Assert.Equal(hefei, found.Path);
        Assert.Equal("imported", found.Status);
        var project = Assert.Single(found.Projects);
        Assert.Equal(("热线服务", "合肥市", 2022, 100.0), (project.Record.Name, project.Record.City, project.Record.Year, project.Record.BudgetWan!.Value));
        var indicator = Assert.Single(project.Record.Indicators);
        Assert.Equal(("接通率", "≥90%", "92%", 1), (indicator.Name, indicator.Target!.Text, indicator.Actual!.Text, indicator.Source!.Row!.Value));
        Assert.Single(project.IndicatorIds);
        Assert.Null(documents.Find(new string('0', 64)));
        Assert.Equal(3, list.Count);
        Assert.Equal(2, list.Single(d => d.Path == a).Indicators);
        Assert.Equal(("合肥市", 2022, 1), list.Single(d => d.Path == hefei) is var h ? (h.City, h.Year, h.Indicators) : default);
        Assert.Equal(2, documents.List(2).Count);
        Assert.Single(documents.List(2, offset: 2));
    }

    [Fact]
    public void What_reading_a_document_warned_about_is_stored_with_it_comes_back_and_survives_a_copy_to_the_other_engine()
    {
        using var dir = new TempDirectory();
        var scanned = StoreFixture.WriteReport(dir, "in/scanned.txt", "! Page 1: no text layer; it was read by OCR.",
            "! The PDF's fonts have no Unicode map; its text was read by pdftotext.", "深圳市|2021|热线项目|接通率|answer_rate|≥95%|96%");
        var plain = StoreFixture.WriteReport(dir, "in/plain.txt", "合肥市|2022|热线服务|接通率|answer_rate|≥90%|92%");
        var db = StoreFixture.NewStore(dir, Engine);
        StoreFixture.Import(db, Path.Combine(dir.Path, "in"));
        var other = StoreFixture.NewStore(dir, Engine == StoreEngine.Sqlite ? StoreEngine.Postgres : StoreEngine.Sqlite);

        Copying.StoreCopy.Run(db, other);

        foreach (var store in new[] { db, other })
        {
            using var connection = StoreFixture.Open(store);
            var documents = new StoredDocuments(connection);
            Assert.Equal(["Page 1: no text layer; it was read by OCR.", "The PDF's fonts have no Unicode map; its text was read by pdftotext."],
                documents.Find(Sha(scanned))!.Warnings);
            Assert.Equal(documents.Find(Sha(scanned))!.Warnings, documents.FindByPath(scanned)!.Warnings);
            Assert.Null(documents.FindByPath(dir.File("in/missing.txt")));
            Assert.Empty(documents.Find(Sha(plain))!.Warnings);
            Assert.Equal("接通率", Assert.Single(Assert.Single(documents.Find(Sha(scanned))!.Projects).Record.Indicators).Name);
        }
    }

    [Fact]
    public void Documents_stored_before_document_warnings_were_kept_have_none_after_the_migration()
    {
        using var dir = new TempDirectory();
        var (db, _, _, hefei) = Store(dir);
        using (var raw = StoreFixture.Open(db))
            Schema.StoreDatabase.Execute(raw, StoreFixture.BackToVersion13 +
                                              (Engine == StoreEngine.Sqlite ? "PRAGMA user_version = 13" : "UPDATE schema_version SET version = 13"));

        using var connection = Schema.StoreDatabase.Open(db);

        Assert.Equal(Schema.StoreDatabase.CurrentVersion, Schema.StoreDatabase.Version(connection));
        var found = new StoredDocuments(connection).Find(Sha(hefei))!;
        Assert.Empty(found.Warnings);
        Assert.Equal("热线服务", Assert.Single(found.Projects).Record.Name);
    }

    [Fact]
    public void Compare_choices_count_collapsed_rows_by_category_and_name_cities_and_years()
    {
        using var dir = new TempDirectory();
        var (db, _, _, _) = Store(dir);
        using var connection = StoreFixture.Open(db);

        var choices = CompareChoices.Of(connection);

        Assert.Equal([("answer_rate", 2L), ("satisfaction", 1L)], choices.Categories.Select(c => (c.Value, c.Count)));
        Assert.Equal(["合肥市", "广州市"], choices.Cities.Select(c => c.Label).Order(StringComparer.Ordinal));
        Assert.Equal([2021, 2022], choices.Years);
    }

    [Fact]
    public void Search_facets_count_every_matching_entry_from_the_index_and_hits_come_with_their_documents_and_city_names()
    {
        using var dir = new TempDirectory();
        var (db, a, b, hefei) = Store(dir);
        using var connection = StoreFixture.Open(db);
        var service = new SearchService(connection);

        var all = service.Search(new SearchQuery("接通率") { CityLabels = true });
        var facets = SearchFacets.Of(all);
        var filtered = SearchFacets.Of(service.Search(new SearchQuery("接通率") { City = "广州", CityLabels = true }));
        var unlabeled = SearchFacets.Of(service.Search(new SearchQuery("接通率")));

        // Copies of one report count once: the two Guangzhou files are one report.
        Assert.Equal([("合肥市", 1L), ("广州市", 1L)], facets.Cities.Select(c => (c.Value, c.Count)));
        Assert.Equal([("2022", 1L), ("2021", 1L)], facets.Years.Select(c => (c.Value, c.Count)));
        Assert.Equal([("answer_rate", 2L)], facets.Categories.Select(c => (c.Value, c.Count)));
        Assert.Equal(2, facets.Counted);
        Assert.Equal([("广州市", 1L)], filtered.Cities.Select(c => (c.Value, c.Count)));
        Assert.Equal(2, all.Indicators.Count);
        // Without city labels asked for, the facets name cities by key and the store is not asked for their names.
        Assert.Equal(["合肥", "广州"], unlabeled.Cities.Select(c => c.Value).Order(StringComparer.Ordinal));
        Assert.Equal(all.Indicators.Select(h => h.IndicatorId).Order(), all.Documents.Keys.Order());
        Assert.All(all.Indicators, h => Assert.Equal(Sha(h.File), all.Documents[h.IndicatorId].Sha256));
        Assert.Equal(new[] { a, b, hefei }.ToDictionary(p => p, Sha), IndicatorDocuments.ShaByPath(connection, [a, b, hefei, a]));
        Assert.Empty(IndicatorDocuments.ShaByPath(connection, [dir.File("missing.txt")]));
    }
}

public sealed class SqliteBrowsingContract : BrowsingContract
{
    protected override StoreEngine Engine => StoreEngine.Sqlite;
}

public sealed class PostgresBrowsingContract : BrowsingContract
{
    protected override StoreEngine Engine => StoreEngine.Postgres;
}
