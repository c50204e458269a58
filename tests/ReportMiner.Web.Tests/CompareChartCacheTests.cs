using System.Text.Json;
using ReportMiner.Store.Importing;
using ReportMiner.TestSupport;
using ReportMiner.Web.Pages;

namespace ReportMiner.Web.Tests;

public sealed class CompareChartCacheTests
{
    private static CompareChart Chart(int rows) => new(rows, [], [], []);

    [Fact]
    public void A_chart_asked_again_in_the_same_store_generation_is_not_recomputed()
    {
        var cache = new CompareChartCache();
        var first = cache.Get("s.db", "id:7", "?category=answer_rate", () => Chart(3));
        var again = cache.Get("s.db", "id:7", "?category=answer_rate", () => Chart(99));

        Assert.Equal((3, false), (first.Chart.Rows, first.Cached));
        Assert.Equal((3, true), (again.Chart.Rows, again.Cached));
        Assert.Equal(1, cache.Computed);
    }

    [Fact]
    public void A_new_store_generation_another_query_or_another_store_computes_the_chart_afresh()
    {
        var cache = new CompareChartCache();
        cache.Get("s.db", "id:7", "?category=answer_rate", () => Chart(3));

        var newer = cache.Get("s.db", "id:8", "?category=answer_rate", () => Chart(4));
        var other = cache.Get("s.db", "id:8", "?category=satisfaction", () => Chart(5));
        var elsewhere = cache.Get("t.db", "id:8", "?category=answer_rate", () => Chart(6));

        Assert.Equal([(4, false), (5, false), (6, false)], new[] { newer, other, elsewhere }.Select(c => (c.Chart.Rows, c.Cached)).ToArray());
        var (chart, cached) = cache.Get("s.db", "id:8", "?category=answer_rate", () => Chart(0));
        Assert.Equal((4, true), (chart.Rows, cached));
        Assert.Equal(4, cache.Computed);
    }

    [Fact]
    public async Task The_chart_and_the_form_choices_are_kept_until_an_import_changes_the_store()
    {
        using var dir = new TempDirectory();
        var db = dir.File("store.db");
        var gold = Directory.GetFiles(RepoPaths.Gold, "*.json").Order(StringComparer.Ordinal).ToArray();
        var guangzhou = gold.Single(f => Path.GetFileName(f).StartsWith("002_", StringComparison.Ordinal));
        await ImportPipeline.CreateDefault().RunAsync(gold.Where(f => f != guangzhou).ToArray(), db, new ImportOptions { Jobs = 1 });
        await using var workbench = Workbench.Create(new WorkbenchOptions { DatabasePath = db, Port = 0, ArchiveFolder = dir.File("archive") });
        await workbench.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(workbench.Addresses.Single()) };
        const string Path1 = "/api/compare/chart?category=answer_rate";

        var (first, firstCache) = await Get(http, Path1);
        var (again, againCache) = await Get(http, Path1 + "&page=2");
        var formBefore = await http.GetStringAsync("/compare");
        await ImportPipeline.CreateDefault().RunAsync([guangzhou], db, new ImportOptions { Jobs = 1 });
        var (after, afterCache) = await Get(http, Path1);
        var formAfter = await http.GetStringAsync("/compare");

        Assert.Equal(("miss", "hit", "miss"), (firstCache, againCache, afterCache));
        Assert.Equal(first, again);
        Assert.Equal(first + 1, after);
        // The compare form's city choices follow the import at once too.
        Assert.DoesNotContain("<option value=\"广州市\">", formBefore);
        Assert.Contains("<option value=\"广州市\">", formAfter);
    }

    private static async Task<(int Rows, string Cache)> Get(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("rows").GetInt32(), string.Join(",", response.Headers.GetValues("X-Cache")));
    }
}
