using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using ReportMiner.Store;
using ReportMiner.Store.Browsing;
using ReportMiner.Store.Comparing;
using ReportMiner.Web.Hosting;
using ReportMiner.Web.Rendering;

namespace ReportMiner.Web.Pages;

/// <summary>/compare and /api/compare: one row per report across cities and years, with charts drawn by app.js from /api/compare/chart.</summary>
public static class ComparePage
{
    /// <summary>Rows one page shows (the rows are ordered by city, year, project and report kind, so page N is stable); the downloads have them all.</summary>
    public const int DefaultPageSize = 200;

    public const int MaxPageSize = 500;

    private static readonly object ChoicesLock = new();
    private static (string Database, string Generation, CompareChoices Choices)? _choices;

    /// <summary>One page of the comparison, paged by the store, with each row's document hash for its link.</summary>
    public static CompareView Run(HttpRequest request, StoreConnections store)
    {
        var clock = Stopwatch.StartNew();
        var ask = CompareAsk.Of(request);
        var page = Inputs.Int(request, "page", 1, 1_000_000) ?? 1;
        var pageSize = Inputs.Int(request, "rows", 1, MaxPageSize) ?? DefaultPageSize;
        using var connection = store.Open();
        var choices = Choices(connection, store);
        var compared = ask.Asked ? new CompareService(connection).Page(ask.Query, ask.Budgets, page, pageSize) : new ComparedPage([], 0, 1, pageSize);
        var shas = IndicatorDocuments.ShaByPath(connection, compared.Rows.Select(r => r.File));
        var views = compared.Rows.Select(r => new CompareRowView(r, shas.GetValueOrDefault(r.File))).ToArray();
        return new CompareView(ask.Category, ask.Indicator, ask.Budgets, ask.Query.Cities, ask.Query.Years, views, choices,
            clock.Elapsed.TotalMilliseconds, compared.Total, compared.Page, pageSize);
    }

    /// <summary>
    /// The form's choices change only with imports; counting them on every request would cost more than the comparison,
    /// so they are kept until the store's generation changes (a timed refresh cost a recount every 30 seconds, and showed
    /// an import's cities only after it).
    /// </summary>
    private static CompareChoices Choices(System.Data.Common.DbConnection connection, StoreConnections store)
    {
        var generation = StoreGeneration.Of(connection);
        lock (ChoicesLock)
        {
            if (_choices is { } cached && cached.Database == store.DatabasePath && cached.Generation == generation) return cached.Choices;
        }
        var choices = CompareChoices.Of(connection);
        lock (ChoicesLock) _choices = (store.DatabasePath, generation, choices);
        return choices;
    }

    public static string QueryString(CompareView view) => QueryString(view.Category, view.Indicator, view.Budgets, view.Cities, view.Years);

    /// <summary>The address's query in one canonical spelling (the chart cache's key).</summary>
    public static string QueryString(CompareAsk ask) => QueryString(ask.Category, ask.Indicator, ask.Budgets, ask.Query.Cities, ask.Query.Years);

    private static string QueryString(string? category, string? indicator, bool budgets, IReadOnlyList<string> cities, IReadOnlyList<int> years)
    {
        var values = new Dictionary<string, string?>
        {
            ["category"] = category, ["indicator"] = indicator, ["budgets"] = budgets ? "1" : null,
            ["cities"] = cities.Count == 0 ? null : string.Join(',', cities),
            ["years"] = years.Count == 0 ? null : Inputs.FormatYears(years),
        };
        return Microsoft.AspNetCore.Http.QueryString.Create(values.Where(v => v.Value is not null)).ToUriComponent();
    }

    /// <summary>The bookmarkable address of one page of the table (page 1 carries no page parameter).</summary>
    public static string PageUrl(CompareView view, int page)
    {
        var extra = new List<KeyValuePair<string, string?>>();
        if (page > 1) extra.Add(new("page", page.ToString(CultureInfo.InvariantCulture)));
        if (view.PageSize != DefaultPageSize) extra.Add(new("rows", view.PageSize.ToString(CultureInfo.InvariantCulture)));
        var qs = QueryString(view);
        var more = Microsoft.AspNetCore.Http.QueryString.Create(extra).ToUriComponent();
        return "/compare" + (qs.Length == 0 ? more : more.Length == 0 ? qs : qs + "&" + more[1..]);
    }

    public static string Render(CompareView view)
    {
        var qs = QueryString(view);
        var categories = view.Choices.Categories.Select(c => Html.Of(
            $"<option value=\"{c.Value}\"{(c.Value == view.Category ? new Markup(" selected") : Markup.Empty)}>{Labels.Category(c.Value)} ({c.Count})</option>"));
        var cityHints = view.Choices.Cities.Take(40).Select(c => Html.Of($"<option value=\"{c.Label}\"></option>"));
        var form = Html.Of($"""
            <form class="compare" method="get" action="/compare">
              <label>类别 Category <select name="category"><option value="">—</option>{categories}</select></label>
              <label>或指标 or indicator <input type="text" name="indicator" value="{view.Indicator}" maxlength="{Inputs.MaxQueryLength}" placeholder="接通率"></label>
              <label>城市 Cities <input type="text" name="cities" list="city-list" value="{string.Join(',', view.Cities)}" placeholder="广州,上海市"></label>
              <datalist id="city-list">{cityHints}</datalist>
              <label>年度 Years <input type="text" name="years" value="{Inputs.FormatYears(view.Years)}" placeholder="2020-2023" size="10"></label>
              <label class="check"><input type="checkbox" name="budgets" value="1"{(view.Budgets ? new Markup(" checked") : Markup.Empty)}> 预算 Budgets</label>
              <button type="submit">对比 Compare</button>
            </form>
            """);
        Markup results;
        if (!view.Asked)
            results = Html.Of($"<p class=\"hint\">选择一个类别（如 接通率）或输入指标名称，可限定城市与年度。Pick a category or type an indicator phrase; cities and years narrow it.</p>");
        else if (view.Total == 0)
            results = Html.Of($"<p class=\"empty\">没有可对比的数据。Nothing to compare.</p>");
        else
            results = Html.Of($"""
                <p class="count">{view.Total} 份报告 reports · 服务器 {view.ServerMs:0.0} ms ·
                  下载 Download <a class="download" href="/compare.csv{qs}">CSV</a> <a class="download" href="/compare.xlsx{qs}">XLSX</a> · <a href="/api/compare{qs}">JSON</a></p>
                <div class="charts" id="charts" data-api="/api/compare/chart{qs}" data-budgets="{(view.Budgets ? "1" : "0")}">
                  {(view.Budgets ? Markup.Empty : Html.Of($"""
                  <figure><figcaption>实际值与目标值 Actual vs target（横线为目标 bar = actual, line = target）</figcaption><div class="chart" id="chart-target" role="img" aria-label="actual vs target"></div></figure>
                  <figure><figcaption>按年度 Over the years</figcaption><div class="chart" id="chart-years" role="img" aria-label="over years"></div></figure>
                  """))}
                  <figure><figcaption>预算与实际支出、执行率 Budget, spending and execution rate</figcaption><div class="chart" id="chart-budget" role="img" aria-label="budget"></div></figure>
                </div>
                {Table(view)}
                """);
        return Layout.Page("对比", "/compare", Html.Of($"<h1>城市对比 <small>Compare cities</small></h1>{form}{results}"), charts: view.Asked && view.Total > 0);
    }

    private static Markup Table(CompareView view)
    {
        var rows = new List<Markup>(view.PageSize);
        foreach (var v in view.Rows) rows.Add(Row(v, view.Budgets));
        var indicatorHeads = view.Budgets ? Markup.Empty : new Markup("<th>指标 Indicator</th><th>目标 Target</th><th>实际 Actual</th><th>达成 Met</th>");
        return Html.Of($"""
            {Paging(view, withCounts: true)}
            <table class="compare-table" data-first="{view.FirstShown + 1}" data-total="{view.Total}">
            <thead><tr><th>城市 City</th><th>年度 Year</th><th>项目 Project</th>{indicatorHeads}<th>预算(万元) Budget</th><th>支出(万元) Spent</th><th>执行率% Rate</th><th>副本 Copies</th><th>文件 File</th><th>报告类型 Kind</th></tr></thead>
            <tbody>{rows}</tbody>
            </table>
            {Paging(view, withCounts: false)}
            """);
    }

    private static Markup Row(CompareRowView v, bool budgets)
    {
        var r = v.Row;
        var agreement = r.Sources == 1 ? "1" : r.Agreeing == r.Sources ? $"{r.Sources} 份一致 agree" : $"{r.Agreeing}/{r.Sources} 一致 agree";
        var file = v.Sha256 is null ? Html.Text(Path.GetFileName(r.File)) : Html.Of($"<a href=\"/documents/{v.Sha256}\">{Path.GetFileName(r.File)}</a>");
        var indicatorCells = budgets ? Markup.Empty
            : Html.Of($"<td>{r.Indicator}</td><td>{r.Target}</td><td>{r.Actual}</td><td class=\"{SearchPage.MetClass(r.Met)}\">{Labels.Met(r.Met)}</td>");
        return Html.Of($"""
            <tr><td>{r.City ?? "（未知 unknown）"}</td><td>{r.Year}</td><td>{r.Project}</td>{indicatorCells}<td class="num">{Html.Number(r.BudgetWan)}</td><td class="num">{Html.Number(r.ActualWan)}</td><td class="num">{Html.Number(r.ExecutionRatePct)}</td><td class="{(r.Agreeing == r.Sources ? "agree" : "disagree")}">{agreement}</td><td>{file}</td><td>{Labels.Kind(r.ReportKind)}</td></tr>
            """);
    }

    /// <summary>Which rows are shown, how many are not, and links to the neighbouring pages; nothing when one page holds them all.</summary>
    private static Markup Paging(CompareView view, bool withCounts)
    {
        if (view.PageCount == 1) return Markup.Empty;
        var qs = QueryString(view);
        var first = view.FirstShown + 1;
        var last = view.FirstShown + view.Rows.Count;
        var hidden = view.Total - view.Rows.Count;
        var links = new List<Markup>();
        if (view.Page > 1)
        {
            links.Add(Html.Of($"<a rel=\"first\" href=\"{PageUrl(view, 1)}\">« 首页 First</a>"));
            links.Add(Html.Of($"<a rel=\"prev\" href=\"{PageUrl(view, view.Page - 1)}\">‹ 上一页 Previous</a>"));
        }
        links.Add(Html.Of($"<span class=\"page-of\">第 {view.Page} / {view.PageCount} 页 page</span>"));
        if (view.Page < view.PageCount)
        {
            links.Add(Html.Of($"<a rel=\"next\" href=\"{PageUrl(view, view.Page + 1)}\">下一页 Next ›</a>"));
            links.Add(Html.Of($"<a rel=\"last\" href=\"{PageUrl(view, view.PageCount)}\">末页 Last »</a>"));
        }
        if (!withCounts) return Html.Of($"<nav class=\"paging\" aria-label=\"分页 Pages\"><p class=\"pages\">{links}</p></nav>");
        return Html.Of($"""
            <nav class="paging" aria-label="分页 Pages">
              <p class="more-rows">显示第 {first}–{last} 行，共 {view.Total} 行；另有 {hidden} 行 — 全部请下载 <a class="download" href="/compare.csv{qs}">CSV</a> / <a class="download" href="/compare.xlsx{qs}">XLSX</a>。
                Rows {first}–{last} of {view.Total}: {hidden} more rows — download CSV/XLSX for all.</p>
              <p class="pages">{links}</p>
            </nav>
            """);
    }

    /// <summary>The comparison's columns, as the CLI's compare prints them.</summary>
    public static IReadOnlyList<string> Columns(bool budgets) => budgets
        ? ["city", "year", "project", "budget_wan", "actual_wan", "execution_rate_pct", "sources", "agreeing", "file", "report_kind"]
        : ["city", "year", "project", "indicator", "target", "actual", "met", "budget_wan", "actual_wan", "execution_rate_pct", "sources", "agreeing", "file", "report_kind"];

    public static object?[] Cells(CompareRow r, bool budgets) => budgets
        ? [r.City, r.Year, r.Project, r.BudgetWan, r.ActualWan, r.ExecutionRatePct, r.Sources, r.Agreeing, r.File, r.ReportKind]
        : [r.City, r.Year, r.Project, r.Indicator, r.Target, r.Actual, r.Met, r.BudgetWan, r.ActualWan, r.ExecutionRatePct, r.Sources, r.Agreeing, r.File, r.ReportKind];

    public static void EnsureAsked(CompareAsk ask)
    {
        if (!ask.Asked) throw new StoreException("Give a category, an indicator phrase or budgets=1 to download a comparison.");
    }

    internal static string FileName(CompareAsk ask, string extension) =>
        $"compare-{ask.Category ?? (ask.Budgets ? "budgets" : "indicator")}-{DateTime.UtcNow.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.{extension}";
}
