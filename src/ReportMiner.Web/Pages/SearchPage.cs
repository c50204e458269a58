using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using ReportMiner.Store.Browsing;
using ReportMiner.Store.Searching;
using ReportMiner.Web.Hosting;
using ReportMiner.Web.Rendering;

namespace ReportMiner.Web.Pages;

public sealed record SearchHitView(IndicatorHit Hit, string? Sha256, string? ReportKind);

/// <summary>
/// Where a search request's server time went, in milliseconds: the index search, the one store lookup of the hits' rows
/// (with their documents and the facets' city names), and the rest of the request (reading it, shaping the facets).
/// </summary>
public sealed record SearchTimings(double Search, double Documents, double Facets);

public sealed record SearchView(
    string? Query, string? City, int? Year, string? Category, string? Kind, int Limit, IReadOnlyList<string> Terms,
    IReadOnlyList<SearchHitView> Hits, IReadOnlyList<PageHit> Pages, SearchFacets Facets, double ServerMs, SearchTimings? Timings = null);

/// <summary>/search and /api/search: ranked indicator hits with facets, the matched text marked.</summary>
public static class SearchPage
{
    public const int DefaultLimit = 20;

    public static SearchView Run(HttpRequest request, StoreConnections store)
    {
        var clock = Stopwatch.StartNew();
        var text = Inputs.Text(request, "q", Inputs.MaxQueryLength);
        var city = Inputs.Text(request, "city");
        var year = Inputs.Int(request, "year", 1900, 2200);
        var category = Inputs.Text(request, "category");
        var kind = Inputs.Text(request, "kind");
        var limit = Inputs.Int(request, "limit", 1, 200) ?? DefaultLimit;
        if (text is null) return new SearchView(null, city, year, category, kind, limit, [], [], [], SearchFacets.Empty, 0);
        using var connection = store.Open();
        var query = new SearchQuery(text) { City = city, Year = year, Category = category, ReportKind = kind, Limit = limit, CityLabels = true };
        // One query path: the hits' documents and the facets' city names come with the hits, in one store round trip.
        var result = new SearchService(connection).Search(query);
        var hits = result.Indicators
            .Select(h => result.Documents.TryGetValue(h.IndicatorId, out var d) ? new SearchHitView(h, d.Sha256, d.ReportKind) : new SearchHitView(h, null, null))
            .ToArray();
        var facets = SearchFacets.Of(result);
        var total = clock.Elapsed.TotalMilliseconds;
        return new SearchView(text, city, year, category, kind, limit, result.Terms, hits, result.Pages, facets, total,
            new SearchTimings(result.Durations.Index, result.Durations.Rows, total - result.Durations.Index - result.Durations.Rows));
    }

    public static string Render(SearchView view)
    {
        var body = Html.Of($"""
            <h1>搜索指标 <small>Search indicators</small></h1>
            <form class="search" method="get" action="/search" role="search">
              <input type="search" name="q" value="{view.Query}" maxlength="{Inputs.MaxQueryLength}" placeholder="例如 回访、接通率、满意度" autofocus aria-label="查询 Query">
              {Hidden("city", view.City)}{Hidden("year", view.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture))}{Hidden("category", view.Category)}{Hidden("kind", view.Kind)}
              <button type="submit">搜索 Search</button>
            </form>
            {(view.Query is null ? Html.Of($"<p class=\"hint\">输入一个或多个词（一个字也可以），简体繁体均可。Type one or more words; single characters work, traditional finds simplified.</p>") : Results(view))}
            """);
        return Layout.Page(view.Query is null ? "搜索" : $"{view.Query} - 搜索", "/search", body);
    }

    private static Markup Results(SearchView view)
    {
        var active = Active(view);
        var hits = view.Hits.Count == 0
            ? Html.Of($"<p class=\"empty\">没有找到指标。No indicators found.</p>")
            : Html.Of($"""
                <table class="hits">
                <thead><tr><th>城市 City</th><th>年度 Year</th><th>项目 / 指标 Project / indicator</th><th>目标 Target</th><th>实际 Actual</th><th>达成 Met</th><th>来源 Source</th></tr></thead>
                <tbody>{view.Hits.Select(h => Hit(h, view.Terms))}</tbody>
                </table>
                """);
        var pages = view.Pages.Count == 0 ? Markup.Empty : Html.Of($"""
            <h2>文档正文 <small>Document text</small></h2>
            <ul class="pagehits">{view.Pages.Select(p => Html.Of($"<li><span class=\"file\">{Path.GetFileName(p.File)} 第{p.Page}页</span> {Highlight.Mark(p.Snippet, view.Terms)}</li>"))}</ul>
            """);
        var counted = Html.Of($"<p class=\"note\">共 {view.Facets.Counted} 条匹配，副本各计一次 {view.Facets.Counted} matching entries; copies in several files count each.</p>");
        return Html.Of($"""
            <div class="with-facets">
            <aside class="facets" aria-label="分面 Facets">
            {active}
            {FacetList(view, "city", "城市 City", view.Facets.Cities, view.City, f => f.Label)}
            {FacetList(view, "year", "年度 Year", view.Facets.Years, view.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), f => f.Label)}
            {FacetList(view, "category", "类别 Category", view.Facets.Categories, view.Category, f => Labels.Category(f.Value))}
            {FacetList(view, "kind", "报告类型 Report kind", view.Facets.ReportKinds, view.Kind, f => Labels.Kind(f.Value))}
            {counted}
            </aside>
            <section class="results">
            <p class="count">{view.Hits.Count} 条指标 indicators · 服务器 {view.ServerMs:0.0} ms · <a href="{ApiUrl(view)}">JSON</a></p>
            {hits}
            {(view.Hits.Count == view.Limit && view.Limit < 200 ? Html.Of($"<p class=\"more\"><a href=\"{Url(view, "limit", Math.Min(200, view.Limit * 5).ToString(System.Globalization.CultureInfo.InvariantCulture))}\">显示更多 Show more</a></p>") : Markup.Empty)}
            {pages}
            </section>
            </div>
            """);
    }

    private static Markup Hit(SearchHitView view, IReadOnlyList<string> terms)
    {
        var h = view.Hit;
        var path = string.Join(" › ", new[] { h.Level1, h.Level2 }.Where(l => !string.IsNullOrEmpty(l)));
        var link = view.Sha256 is null ? Html.Text(Path.GetFileName(h.File))
            : Html.Of($"<a href=\"/documents/{view.Sha256}#i{h.IndicatorId}\">{Path.GetFileName(h.File)}</a>");
        var copies = h.Copies > 1 ? Html.Of($" <span class=\"copies\">+{h.Copies - 1} 份副本 copies</span>") : Markup.Empty;
        return Html.Of($"""
            <tr class="hit"><td>{h.City}</td><td>{h.Year}</td>
            <td><div class="project">{Highlight.Mark(h.Project, terms)}</div><div class="indicator">{(path.Length > 0 ? Html.Of($"<span class=\"levels\">{path} › </span>") : Markup.Empty)}{Highlight.Mark(h.Indicator, terms)}</div>{(h.Category is null ? Markup.Empty : Html.Of($"<span class=\"tag\">{Labels.Category(h.Category)}</span>"))}</td>
            <td>{h.Target}</td><td>{h.Actual}</td><td class="{MetClass(h.Met)}">{Labels.Met(h.Met)}</td>
            <td>{link} <span class="page">{(h.Page is null ? "" : $"p.{h.Page}")}</span>{copies}</td></tr>
            """);
    }

    internal static string MetClass(bool? met) => met switch { true => "met yes", false => "met no", null => "met" };

    private static Markup FacetList(SearchView view, string name, string title, IReadOnlyList<Facet> facets, string? selected, Func<Facet, string> label)
    {
        if (facets.Count == 0) return Markup.Empty;
        var items = facets.Take(15).Select(f => Html.Of($"""
            <li{(f.Value == selected ? new Markup(" class=\"selected\"") : Markup.Empty)}><a href="{Url(view, name, f.Value)}">{label(f)}</a> <span class="n">{f.Count}</span></li>
            """));
        return Html.Of($"<section class=\"facet\" data-facet=\"{name}\"><h3>{title}</h3><ul>{items}</ul></section>");
    }

    private static Markup Active(SearchView view)
    {
        var filters = new (string Name, string? Value, string Label)[]
        {
            ("city", view.City, view.City ?? ""), ("year", view.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), view.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
            ("category", view.Category, Labels.Category(view.Category)), ("kind", view.Kind, Labels.Kind(view.Kind)),
        }.Where(f => f.Value is not null).ToArray();
        if (filters.Length == 0) return Markup.Empty;
        return Html.Of($"<div class=\"active-filters\">{filters.Select(f => Html.Of($"<a class=\"chip\" href=\"{Url(view, f.Name, null)}\" title=\"去掉 remove\">{f.Label} ✕</a>"))}</div>");
    }

    private static Markup Hidden(string name, string? value) =>
        value is null ? Markup.Empty : Html.Of($"<input type=\"hidden\" name=\"{name}\" value=\"{value}\">");

    /// <summary>The current search with one filter set (or removed when <paramref name="value"/> is null).</summary>
    public static string Url(SearchView view, string name, string? value, string path = "/search")
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = view.Query, ["city"] = view.City, ["year"] = view.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["category"] = view.Category, ["kind"] = view.Kind, ["limit"] = view.Limit == DefaultLimit ? null : view.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        values[name] = value;
        return path + Microsoft.AspNetCore.Http.QueryString.Create(values.Where(v => v.Value is not null)).ToUriComponent();
    }

    private static string ApiUrl(SearchView view) => Url(view, "q", view.Query, "/api/search");
}
