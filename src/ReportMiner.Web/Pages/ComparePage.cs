using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using ReportMiner.Store;
using ReportMiner.Store.Browsing;
using ReportMiner.Store.Comparing;
using ReportMiner.Web.Hosting;
using ReportMiner.Web.Rendering;

namespace ReportMiner.Web.Pages;

public sealed record CompareRowView(CompareRow Row, string? Sha256);

public sealed record CompareView(
    string? Category, string? Indicator, bool Budgets, IReadOnlyList<string> Cities, IReadOnlyList<int> Years, IReadOnlyList<CompareRowView> Rows,
    CompareChoices Choices, double ServerMs)
{
    public bool Asked => Category is not null || Indicator is not null || Budgets;
}

/// <summary>/compare and /api/compare: one row per report across cities and years, with charts drawn by app.js from the JSON twin.</summary>
public static class ComparePage
{
    /// <summary>Rows the HTML table shows; the downloads and the JSON twin have them all.</summary>
    public const int TableRows = 500;

    private static readonly object ChoicesLock = new();
    private static (string Database, DateTime At, CompareChoices Choices)? _choices;

    public static CompareView Run(HttpRequest request, StoreConnections store)
    {
        var clock = Stopwatch.StartNew();
        var category = Inputs.Text(request, "category");
        var indicator = Inputs.Text(request, "indicator", Inputs.MaxQueryLength);
        var budgets = Inputs.Text(request, "budgets") is "1" or "true" or "on";
        if (budgets && (category is not null || indicator is not null))
            throw new BadRequestException("预算对比不带类别或指标 Budgets compare money only: leave out category and indicator.");
        if (category is not null && indicator is not null)
            throw new BadRequestException("请只选类别或指标之一 Give a category or an indicator phrase, not both.");
        var query = new CompareQuery { Category = category, Indicator = indicator, Cities = Inputs.List(request, "cities"), Years = Inputs.Years(request, "years") };
        using var connection = store.Open();
        var choices = Choices(connection, store);
        IReadOnlyList<CompareRow> rows = budgets ? new CompareService(connection).Budgets(query)
            : category is not null || indicator is not null ? new CompareService(connection).Indicators(query) : [];
        var shas = IndicatorDocuments.ShaByPath(connection, rows.Select(r => r.File));
        return new CompareView(category, indicator, budgets, query.Cities, query.Years,
            rows.Select(r => new CompareRowView(r, shas.GetValueOrDefault(r.File))).ToArray(), choices, clock.Elapsed.TotalMilliseconds);
    }

    /// <summary>The form's choices change only with imports; counting them on every request would cost more than the comparison.</summary>
    private static CompareChoices Choices(System.Data.Common.DbConnection connection, StoreConnections store)
    {
        lock (ChoicesLock)
        {
            if (_choices is { } cached && cached.Database == store.DatabasePath && DateTime.UtcNow - cached.At < TimeSpan.FromSeconds(30)) return cached.Choices;
        }
        var choices = CompareChoices.Of(connection);
        lock (ChoicesLock) _choices = (store.DatabasePath, DateTime.UtcNow, choices);
        return choices;
    }

    public static string QueryString(CompareView view)
    {
        var values = new Dictionary<string, string?>
        {
            ["category"] = view.Category, ["indicator"] = view.Indicator, ["budgets"] = view.Budgets ? "1" : null,
            ["cities"] = view.Cities.Count == 0 ? null : string.Join(',', view.Cities),
            ["years"] = view.Years.Count == 0 ? null : Inputs.FormatYears(view.Years),
        };
        return Microsoft.AspNetCore.Http.QueryString.Create(values.Where(v => v.Value is not null)).ToUriComponent();
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
        else if (view.Rows.Count == 0)
            results = Html.Of($"<p class=\"empty\">没有可对比的数据。Nothing to compare.</p>");
        else
            results = Html.Of($"""
                <p class="count">{view.Rows.Count} 份报告 reports · 服务器 {view.ServerMs:0.0} ms ·
                  下载 Download <a class="download" href="/compare.csv{qs}">CSV</a> <a class="download" href="/compare.xlsx{qs}">XLSX</a> · <a href="/api/compare{qs}">JSON</a></p>
                <div class="charts" id="charts" data-api="/api/compare{qs}" data-budgets="{(view.Budgets ? "1" : "0")}">
                  {(view.Budgets ? Markup.Empty : Html.Of($"""
                  <figure><figcaption>实际值与目标值 Actual vs target（横线为目标 bar = actual, line = target）</figcaption><div class="chart" id="chart-target" role="img" aria-label="actual vs target"></div></figure>
                  <figure><figcaption>按年度 Over the years</figcaption><div class="chart" id="chart-years" role="img" aria-label="over years"></div></figure>
                  """))}
                  <figure><figcaption>预算与实际支出、执行率 Budget, spending and execution rate</figcaption><div class="chart" id="chart-budget" role="img" aria-label="budget"></div></figure>
                </div>
                {Table(view)}
                """);
        return Layout.Page("对比", "/compare", Html.Of($"<h1>城市对比 <small>Compare cities</small></h1>{form}{results}"), charts: view.Asked && view.Rows.Count > 0);
    }

    private static Markup Table(CompareView view)
    {
        var rows = view.Rows.Take(TableRows).Select(v =>
        {
            var r = v.Row;
            var agreement = r.Sources == 1 ? "1" : r.Agreeing == r.Sources ? $"{r.Sources} 份一致 agree" : $"{r.Agreeing}/{r.Sources} 一致 agree";
            var file = v.Sha256 is null ? Html.Text(Path.GetFileName(r.File)) : Html.Of($"<a href=\"/documents/{v.Sha256}\">{Path.GetFileName(r.File)}</a>");
            var indicatorCells = view.Budgets ? Markup.Empty
                : Html.Of($"<td>{r.Indicator}</td><td>{r.Target}</td><td>{r.Actual}</td><td class=\"{SearchPage.MetClass(r.Met)}\">{Labels.Met(r.Met)}</td>");
            return Html.Of($"""
                <tr><td>{r.City ?? "（未知 unknown）"}</td><td>{r.Year}</td><td>{r.Project}</td>{indicatorCells}<td class="num">{Html.Number(r.BudgetWan)}</td><td class="num">{Html.Number(r.ActualWan)}</td><td class="num">{Html.Number(r.ExecutionRatePct)}</td><td class="{(r.Agreeing == r.Sources ? "agree" : "disagree")}">{agreement}</td><td>{file}</td></tr>
                """);
        });
        var indicatorHeads = view.Budgets ? Markup.Empty : new Markup("<th>指标 Indicator</th><th>目标 Target</th><th>实际 Actual</th><th>达成 Met</th>");
        return Html.Of($"""
            <table class="compare-table">
            <thead><tr><th>城市 City</th><th>年度 Year</th><th>项目 Project</th>{indicatorHeads}<th>预算(万元) Budget</th><th>支出(万元) Spent</th><th>执行率% Rate</th><th>副本 Copies</th><th>文件 File</th></tr></thead>
            <tbody>{rows}</tbody>
            </table>
            {(view.Rows.Count > TableRows ? Html.Of($"<p class=\"note\">表中显示前 {TableRows} 行，共 {view.Rows.Count} 行；全部请下载 CSV/XLSX。The table shows the first {TableRows} of {view.Rows.Count} rows; download CSV or XLSX for all.</p>") : Markup.Empty)}
            """);
    }

    /// <summary>The view as a sheet, columns as the CLI's compare prints them.</summary>
    public static Store.Exporting.Sheet Sheet(CompareView view) => view.Budgets
        ? new("budgets", ["city", "year", "project", "budget_wan", "actual_wan", "execution_rate_pct", "sources", "agreeing", "file"],
            view.Rows.Select(v => v.Row).Select(r => new object?[] { r.City, r.Year, r.Project, r.BudgetWan, r.ActualWan, r.ExecutionRatePct, r.Sources, r.Agreeing, r.File }).ToArray())
        : new("compare",
            ["city", "year", "project", "indicator", "target", "actual", "met", "budget_wan", "actual_wan", "execution_rate_pct", "sources", "agreeing", "file"],
            view.Rows.Select(v => v.Row).Select(r => new object?[]
            {
                r.City, r.Year, r.Project, r.Indicator, r.Target, r.Actual, r.Met, r.BudgetWan, r.ActualWan, r.ExecutionRatePct, r.Sources, r.Agreeing, r.File,
            }).ToArray());

    public static void EnsureAsked(CompareView view)
    {
        if (!view.Asked) throw new StoreException("Give a category, an indicator phrase or budgets=1 to download a comparison.");
    }

    internal static string FileName(CompareView view, string extension) =>
        $"compare-{view.Category ?? (view.Budgets ? "budgets" : "indicator")}-{DateTime.UtcNow.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.{extension}";
}
