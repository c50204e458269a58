namespace ReportMiner.Web.Rendering;

/// <summary>The page frame: navigation, the stylesheet and the one script file (no inline script anywhere).</summary>
public static class Layout
{
    private static readonly (string Path, string Label)[] Nav =
    [
        ("/search", "搜索 Search"), ("/compare", "对比 Compare"), ("/documents", "文档 Documents"), ("/import", "导入 Import"),
    ];

    public static string Page(string title, string active, Markup body, bool charts = false)
    {
        var nav = Html.Join(Nav.Select(n => n.Path == active
            ? Html.Of($"<a href=\"{n.Path}\" class=\"active\" aria-current=\"page\">{n.Label}</a>")
            : Html.Of($"<a href=\"{n.Path}\">{n.Label}</a>")));
        // Charts load ECharts from app.js once the page has painted.
        var chartScript = charts ? new Markup("<link rel=\"prefetch\" href=\"/static/echarts.min.js\">\n") : Markup.Empty;
        return Html.Of($"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} · ReportMiner</title>
            <link rel="stylesheet" href="/static/app.css">
            {chartScript}<script src="/static/app.js" defer></script>
            </head>
            <body>
            <header class="top"><a class="brand" href="/">ReportMiner <span>绩效报告工作台 Workbench</span></a><nav>{nav}</nav></header>
            <main>
            {body}
            </main>
            </body>
            </html>
            """).Value;
    }
}
