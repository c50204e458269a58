using System.Net;
using System.Text.Json;
using Npgsql;
using ReportMiner.Store.Importing;
using ReportMiner.TestSupport;

namespace ReportMiner.Web.Tests;

/// <summary>The workbench over a PostgreSQL store (the test run's server): the same pages, and no password on any of them.</summary>
public sealed class PostgresWorkbenchTests
{
    private const string Password = "never-shown-7f3a";

    [Fact]
    public async Task Search_compare_and_document_pages_read_a_postgresql_store_and_never_show_its_password()
    {
        using var dir = new TempDirectory();
        // The test server trusts local connections, so the password is never used, only carried in the connection string.
        var db = new NpgsqlConnectionStringBuilder(TestPostgres.NewDatabase()) { Password = Password }.ConnectionString;
        var imported = await ImportPipeline.CreateDefault().RunAsync(
            [RepoPaths.Fixture("002", ".docx"), RepoPaths.Fixture("002", ".pdf")], db, new ImportOptions { Jobs = 1 });
        Assert.Equal(2, imported.Imported);
        await using var workbench = Workbench.Create(new WorkbenchOptions { DatabasePath = db, Port = 0, ArchiveFolder = dir.File("archive") });
        await workbench.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(workbench.Addresses.Single()) };

        using var search = JsonDocument.Parse(await http.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("月度话务接通率")));
        var sha = search.RootElement.GetProperty("hits")[0].GetProperty("sha256").GetString()!;
        var document = await http.GetStringAsync("/documents/" + sha);
        using var compare = JsonDocument.Parse(await http.GetStringAsync("/api/compare?category=answer_rate"));
        var charts = new List<(string Cache, int Rows)>();
        for (var i = 0; i < 2; i++)
        {
            using var chart = await http.GetAsync("/api/compare/chart?category=answer_rate");
            using var series = JsonDocument.Parse(await chart.Content.ReadAsStringAsync());
            charts.Add((string.Join(",", chart.Headers.GetValues("X-Cache")), series.RootElement.GetProperty("rows").GetInt32()));
        }
        var pages = await Task.WhenAll(new[] { "/search?q=" + Uri.EscapeDataString("接通率"), "/compare?category=answer_rate", "/import", "/documents" }
            .Select(path => http.GetStringAsync(path)));

        Assert.Equal("广州市", search.RootElement.GetProperty("facets").GetProperty("cities")[0].GetProperty("value").GetString());
        // The .docx and the .pdf are copies of one report: one match.
        Assert.Equal(1, search.RootElement.GetProperty("facets").GetProperty("counted").GetInt64());
        Assert.Contains("月度话务接通率", document);
        var row = Assert.Single(compare.RootElement.GetProperty("rows").EnumerateArray()).GetProperty("row");
        Assert.Equal(2, row.GetProperty("sources").GetInt32());
        Assert.Equal([("miss", 1), ("hit", 1)], charts);
        Assert.Contains("postgresql://", pages[2]);
        Assert.All(pages.Append(document), html => Assert.DoesNotContain(Password, html));
        using var missing = await http.GetAsync("/documents/" + new string('0', 64));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
