using System.Globalization;
using ReportMiner.Store.Schema;
using ReportMiner.Store.Searching;

namespace ReportMiner.Bench.Store;

/// <summary>
/// Every result of a fixed set of 1–5 character searches as text (top hits with scores, page snippets with their
/// highlights, facet counts), so two builds' outputs on one store can be compared line by line.
/// </summary>
internal static class ResultsDump
{
    private static readonly string[] Texts =
    [
        "率", "费", "满", "滿", "元", "%", "1", "a", "预算", "回访", "满意", "热线", "接通", "服务", "资金", "2021", "满意度", "接通率", "滿意度",
        "执行率", "完成率", "及时率", "话务接通率", "市民满意度", "预算执行率", "一次性解答", "回访率 广州", "热线 接通率", "ＡＢ", "项目 资金",
    ];

    public static int Run(string path, int limit)
    {
        using var connection = StoreDatabase.OpenExisting(path);
        var search = new SearchService(connection);
        var queries = Texts.SelectMany(text => new[]
        {
            new SearchQuery(text), new SearchQuery(text) { City = "广州" }, new SearchQuery(text) { Year = 2021 },
            new SearchQuery(text) { Category = "satisfaction" }, new SearchQuery(text) { ReportKind = "self_evaluation" },
        });
        foreach (var query in queries.Select(q => q with { Limit = limit, CityLabels = true }))
        {
            var result = search.Search(query);
            Console.WriteLine($"## {query.Text} city={query.City} year={query.Year} category={query.Category} kind={query.ReportKind}: {result.TotalIndicators} matches");
            foreach (var (facet, counts) in result.Facets.OrderBy(f => f.Key, StringComparer.Ordinal))
                Console.WriteLine($"facet {facet}: {string.Join(", ", counts.Select(c => $"{c.Key}={c.Count}"))}");
            foreach (var (key, label) in result.CityLabels.OrderBy(l => l.Key, StringComparer.Ordinal)) Console.WriteLine($"city {key}={label}");
            foreach (var hit in result.Indicators)
                Console.WriteLine($"hit {hit.IndicatorId} {hit.Score.ToString("R", CultureInfo.InvariantCulture)} copies={hit.Copies} {hit.File}:{hit.Page} {hit.Indicator}");
            foreach (var page in result.Pages)
                Console.WriteLine($"page {page.File}:{page.Page} {page.Score.ToString("R", CultureInfo.InvariantCulture)} [{page.Snippet}] " +
                                  string.Concat(page.Highlighted.Select(p => p.Match ? $"<{p.Text}>" : p.Text)));
        }
        return 0;
    }
}
