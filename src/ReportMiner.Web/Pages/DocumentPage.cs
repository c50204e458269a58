using System.Globalization;
using ReportMiner.Extraction.Records;
using ReportMiner.Store.Browsing;
using ReportMiner.Web.Rendering;

namespace ReportMiner.Web.Pages;

/// <summary>
/// /documents/{sha256}: every project field and indicator with its page, table, row and snippet. Values with a
/// source are buttons; app.js asks /api/documents/{sha256}/source for the table and marks the cell.
/// Consistency warnings stand beside the values they name; the document's own (how it was read) come first.
/// </summary>
public static class DocumentPage
{
    public static bool IsSha256(string text) => text.Length == 64 && text.All(char.IsAsciiHexDigitLower);

    public static string Render(StoredDocument doc)
    {
        var name = Path.GetFileName(doc.Path);
        var status = doc.Status == "imported" ? Markup.Empty
            : Html.Of($"<p class=\"error\">导入失败 Import failed: {doc.ErrorKind} — {doc.Error}</p>");
        var warnings = doc.Warnings.Count == 0 ? Markup.Empty
            : Html.Of($"<div class=\"warnings-block document-warnings\"><h2>文档警告 Document warnings</h2>{Warnings(doc.Warnings)}</div>");
        var copies = doc.OtherPaths.Count == 0 ? Markup.Empty
            : Html.Of($"<p class=\"copies\">同一内容的其他路径 Same content also at: {string.Join("; ", doc.OtherPaths)}</p>");
        var body = Html.Of($"""
            <div class="document" data-sha="{doc.Sha256}">
            <h1>{name}</h1>
            <dl class="meta">
              <dt>路径 Path</dt><dd>{doc.Path}</dd><dt>格式 Format</dt><dd>{doc.Format}</dd>
              <dt>大小 Size</dt><dd>{(doc.Size / 1024.0).ToString("0.#", CultureInfo.InvariantCulture)} KB</dd><dt>页数 Pages</dt><dd>{doc.PageCount}</dd>
              <dt>导入 Imported</dt><dd>{doc.ImportedAt}</dd><dt>SHA-256</dt><dd class="sha">{doc.Sha256}</dd>
            </dl>
            {status}{warnings}{copies}
            <div class="with-source">
            <div class="values">{doc.Projects.Select(Project)}</div>
            <aside class="source" id="source" aria-live="polite"><h2>来源 Source</h2><p class="hint">点击带下划线的数值，查看它来自的表格单元格。Click an underlined value to see the table cell it came from.</p></aside>
            </div>
            </div>
            """);
        return Layout.Page(name, "/documents", body);
    }

    private static Markup Project(StoredProject stored, int index)
    {
        var p = stored.Record;
        var used = new HashSet<string>(StringComparer.Ordinal);
        var fields = Labels.ProjectFields.Select(f =>
        {
            var value = FieldValue(p, f.Key);
            var warnings = p.Warnings.Where(w => Concerns(w, f.Key)).ToArray();
            foreach (var w in warnings) used.Add(w);
            var source = p.Sources.GetValueOrDefault(f.Key);
            var shown = f.Key == "report_kind" ? Labels.Kind(p.ReportKind) : value.Text;
            return Html.Of($"""
                <tr id="p{stored.Id}-{f.Key}"><th>{f.Label}</th><td>{Value(shown, value.Text, value.Number, source)}{Warnings(warnings)}</td><td class="prov">{Provenance(source)}</td></tr>
                """);
        }).ToArray();
        var indicators = p.Indicators.Select((indicator, i) =>
        {
            var warnings = p.Warnings.Where(w => w.Contains($"'{indicator.Name}'", StringComparison.Ordinal)).ToArray();
            foreach (var w in warnings) used.Add(w);
            return Indicator(indicator, stored.IndicatorIds[i], warnings);
        }).ToArray();
        var rest = p.Warnings.Where(w => !used.Contains(w)).ToArray();
        return Html.Of($"""
            <section class="project" id="project-{stored.Id}">
            <h2>项目 {index + 1} Project: {p.Name}</h2>
            {(rest.Length == 0 ? Markup.Empty : Html.Of($"<div class=\"warnings-block\"><h3>一致性警告 Consistency warnings</h3>{Warnings(rest)}</div>"))}
            <table class="fields"><thead><tr><th>字段 Field</th><th>值 Value</th><th>来源 Source</th></tr></thead><tbody>{fields}</tbody></table>
            <h3>绩效指标 Indicators ({p.Indicators.Count})</h3>
            <table class="indicators">
            <thead><tr><th>层级 Levels</th><th>指标 Indicator</th><th>类别 Category</th><th>目标 Target</th><th>实际 Actual</th><th>权重 Weight</th><th>得分 Score</th><th>达成 Met</th><th>来源 Source</th></tr></thead>
            <tbody>{indicators}</tbody>
            </table>
            </section>
            """);
    }

    private static Markup Indicator(IndicatorRecord i, long id, IReadOnlyList<string> warnings) => Html.Of($"""
        <tr id="i{id}"><td class="levels">{string.Join(" › ", new[] { i.Level1, i.Level2 }.Where(l => !string.IsNullOrEmpty(l)))}</td><td>{Value(i.Name, i.Name, null, i.Source)}{Warnings(warnings)}</td><td>{Labels.Category(i.Category)}</td>
        <td>{Value(i.Target?.Text, i.Target?.Text, i.Target?.Value, i.Source)}</td><td>{Value(i.Actual?.Text, i.Actual?.Text, i.Actual?.Value, i.Source)}</td>
        <td class="num">{Value(Show(i.Weight), Show(i.Weight), i.Weight, i.Source)}</td><td class="num">{Value(Show(i.Score), Show(i.Score), i.Score, i.Source)}</td>
        <td class="{SearchPage.MetClass(i.Met)}">{Labels.Met(i.Met)}</td><td class="prov">{Provenance(i.Source)}</td></tr>
        """);

    /// <summary>A value, clickable when its source is known; the source and the text to find travel as data- attributes.</summary>
    private static Markup Value(string? shown, string? text, double? number, SourceRef? source)
    {
        if (string.IsNullOrEmpty(shown)) return Markup.Empty;
        if (source is null) return Html.Text(shown);
        return Html.Of($"""<button type="button" class="src" data-page="{source.Page}" data-table="{source.Table}" data-row="{source.Row}" data-text="{text}" data-number="{number}">{shown}</button>""");
    }

    private static Markup Provenance(SourceRef? source) => source is null ? Markup.Empty : Html.Of($"""
        <span class="where">第{source.Page}页{(source.Table is null ? "" : $" 表{source.Table}")}{(source.Row is null ? "" : $" 行{source.Row}")}</span>
        <span class="snippet">{source.Snippet}</span>
        """);

    private static Markup Warnings(IReadOnlyList<string> warnings) => warnings.Count == 0 ? Markup.Empty
        : Html.Join(warnings.Select(w => Html.Of($"<div class=\"warning\" role=\"note\">⚠ {w}</div>")));

    /// <summary>The audit's warnings begin with the field they concern ("execution_rate_pct …", "grade …"); score sums concern the score.</summary>
    private static bool Concerns(string warning, string field) =>
        warning.StartsWith(field + " ", StringComparison.Ordinal) || (field == "score" && warning.StartsWith("indicator scores", StringComparison.Ordinal));

    private static string? Show(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture);

    private static (string? Text, double? Number) FieldValue(ProjectRecord p, string key) => key switch
    {
        "name" => (p.Name, null), "province" => (p.Province, null), "city" => (p.City, null), "district" => (p.District, null),
        "year" => (p.Year?.ToString(CultureInfo.InvariantCulture), p.Year), "department" => (p.Department, null), "report_kind" => (p.ReportKind, null),
        "budget_wan" => (Show(p.BudgetWan), p.BudgetWan), "actual_wan" => (Show(p.ActualWan), p.ActualWan),
        "execution_rate_pct" => (Show(p.ExecutionRatePct), p.ExecutionRatePct), "score" => (Show(p.Score), p.Score), "grade" => (p.Grade, null),
        _ => (null, null),
    };

    public static string RenderList(IReadOnlyList<DocumentSummary> documents, int page, bool more)
    {
        var rows = documents.Select(d => Html.Of($"""
            <tr><td><a href="/documents/{d.Sha256}">{Path.GetFileName(d.Path)}</a></td><td>{d.Format}</td><td class="{(d.Status == "imported" ? "" : "bad")}">{d.Status}</td><td>{d.City}</td><td>{d.Year}</td><td>{d.Project}</td><td class="num">{d.Indicators}</td></tr>
            """));
        var nav = Html.Of($"""
            <p class="pager">{(page > 1 ? Html.Of($"<a href=\"/documents?page={page - 1}\">← 上一页 Previous</a>") : Markup.Empty)} 第 {page} 页 {(more ? Html.Of($"<a href=\"/documents?page={page + 1}\">下一页 Next →</a>") : Markup.Empty)}</p>
            """);
        return Layout.Page("文档", "/documents", Html.Of($"""
            <h1>文档 <small>Documents</small></h1>
            <table class="doclist"><thead><tr><th>文件 File</th><th>格式 Format</th><th>状态 Status</th><th>城市 City</th><th>年度 Year</th><th>项目 Project</th><th>指标 Indicators</th></tr></thead>
            <tbody>{rows}</tbody></table>{nav}
            """));
    }
}
