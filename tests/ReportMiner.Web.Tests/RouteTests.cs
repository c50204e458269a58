using System.Net;
using System.Text.Json;
using ReportMiner.Web.Hosting;

namespace ReportMiner.Web.Tests;

[Collection("workbench")]
public sealed class RouteTests(WorkbenchFixture fixture)
{
    private static string Q(string text) => Uri.EscapeDataString(text);

    [Fact]
    public void The_test_store_imported_every_corpus_file_and_the_hostile_record()
    {
        Assert.Equal(0, fixture.Imported.Failed);
        Assert.Equal(WorkbenchFixture.CorpusFiles.Count + 1, fixture.Imported.Imported);
    }

    [Fact]
    public async Task Search_for_回访_marks_the_matches_and_counts_facets()
    {
        var html = await fixture.Http.GetStringAsync("/search?q=" + Q("回访"));
        Assert.Contains("<mark>回访</mark>", html);
        Assert.Contains("data-facet=\"city\"", html);
        Assert.Contains("data-facet=\"category\"", html);
        Assert.Matches("<tr class=\"hit\">", html);
    }

    [Fact]
    public async Task A_one_character_query_finds_indicators()
    {
        using var json = JsonDocument.Parse(await fixture.Http.GetStringAsync("/api/search?q=" + Q("率")));
        Assert.True(json.RootElement.GetProperty("hits").GetArrayLength() > 0);
    }

    [Fact]
    public async Task The_search_api_twin_gives_hits_with_their_document_hash_and_facet_counts()
    {
        using var json = JsonDocument.Parse(await fixture.Http.GetStringAsync("/api/search?q=" + Q("接通率") + "&city=" + Q("广州市")));
        var hits = json.RootElement.GetProperty("hits");
        Assert.True(hits.GetArrayLength() > 0);
        Assert.All(hits.EnumerateArray(), h => Assert.Equal("广州市", h.GetProperty("hit").GetProperty("city").GetString()));
        Assert.Equal(64, hits[0].GetProperty("sha256").GetString()!.Length);
        var cities = json.RootElement.GetProperty("facets").GetProperty("cities");
        Assert.Equal("广州市", cities[0].GetProperty("value").GetString());
        Assert.True(cities[0].GetProperty("count").GetInt64() > 0);
    }

    [Fact]
    public async Task Every_page_sends_a_policy_that_forbids_inline_script()
    {
        foreach (var path in new[] { "/search?q=" + Q("回访"), "/compare?category=answer_rate", "/import", "/documents" })
        {
            using var response = await fixture.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            var scripts = policy.Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
            Assert.Equal("script-src 'self'", scripts);
            Assert.Contains("object-src 'none'", policy);
            var html = await response.Content.ReadAsStringAsync();
            // No inline script and no inline event handler anywhere in the page the server writes.
            Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)", html);
            Assert.DoesNotMatch("<[^>]*\\son[a-z]+\\s*=", html);
        }
    }

    [Fact]
    public async Task A_hostile_record_is_shown_as_text_on_search_compare_and_document_pages()
    {
        var search = await fixture.Http.GetStringAsync("/search?q=" + Q("接通率") + "&city=" + Q(HostileRecord.City));
        var compare = await fixture.Http.GetStringAsync("/compare?category=answer_rate&cities=" + Q(HostileRecord.City));
        using var api = JsonDocument.Parse(await fixture.Http.GetStringAsync("/api/search?q=" + Q("恶意热线")));
        var sha = api.RootElement.GetProperty("hits")[0].GetProperty("sha256").GetString();
        var document = await fixture.Http.GetStringAsync("/documents/" + sha);
        foreach (var html in new[] { search, compare, document })
        {
            Assert.Contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;", html);
            Assert.DoesNotContain("<script>window", html);
            Assert.DoesNotContain("<img src=x", html);
        }
        Assert.Contains("onerror=&quot;window.__pwned=2&quot;", search);
        Assert.DoesNotContain("<svg", document);
        Assert.Contains("文档警告 Document warnings", document);
        Assert.Contains("Page 1 was read by OCR &lt;script&gt;window.__pwned=8&lt;/script&gt;", document);
        Assert.Contains("&lt;/td&gt;&lt;script&gt;window.__pwned=7", document);
    }

    [Fact]
    public async Task The_compare_csv_has_a_bom_the_cli_header_and_neutralised_formulas()
    {
        using var response = await fixture.Http.GetAsync("/compare.csv?category=answer_rate");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("city,year,project,indicator,target,actual,met,budget_wan,actual_wan,execution_rate_pct,sources,agreeing,file,report_kind", text);
        Assert.Contains("\"'=HYPERLINK(", text);
        Assert.Contains("'@SUM(1+1)接通率", text);
        Assert.Contains("'-91%", text);
        Assert.Contains("广州市", text);
    }

    [Fact]
    public async Task The_compare_xlsx_is_a_workbook()
    {
        using var response = await fixture.Http.GetAsync("/compare.xlsx?category=answer_rate&years=2020-2023");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
    }

    [Fact]
    public async Task The_compare_api_collapses_copies_and_says_how_many_agree()
    {
        using var json = JsonDocument.Parse(await fixture.Http.GetStringAsync("/api/compare?category=answer_rate&cities=" + Q("广州")));
        var rows = json.RootElement.GetProperty("rows");
        Assert.Equal(1, rows.GetArrayLength());
        var row = rows[0].GetProperty("row");
        Assert.Equal(2, row.GetProperty("sources").GetInt32());
        Assert.Equal(2, row.GetProperty("agreeing").GetInt32());
        Assert.Equal(94.07, row.GetProperty("actual_value").GetDouble(), 3);
    }

    [Fact]
    public async Task The_source_of_an_indicator_value_is_its_table_cell()
    {
        var sha = await ShaOf("002_c92512870de621d4.docx");
        using var doc = JsonDocument.Parse(await fixture.Http.GetStringAsync("/api/documents/" + sha));
        var indicator = doc.RootElement.GetProperty("projects")[0].GetProperty("record").GetProperty("indicators").EnumerateArray()
            .First(i => i.GetProperty("name").GetString() == "月度话务接通率");
        var source = indicator.GetProperty("source");
        var url = $"/api/documents/{sha}/source?page={source.GetProperty("page")}&table={source.GetProperty("table")}&row={source.GetProperty("row")}&text={Q("94.07%")}";
        using var view = JsonDocument.Parse(await fixture.Http.GetStringAsync(url));
        var column = view.RootElement.GetProperty("highlight_column").GetInt32();
        var row = view.RootElement.GetProperty("highlight_row").GetInt32();
        var cell = view.RootElement.GetProperty("source_table").GetProperty("cells").EnumerateArray()
            .Single(c => c.GetProperty("row").GetInt32() == row && c.GetProperty("column").GetInt32() == column);
        Assert.Equal("94.07%", cell.GetProperty("text").GetString()!.Trim());
        Assert.Equal(JsonValueKind.Null, view.RootElement.GetProperty("page_image").ValueKind);
        Assert.Equal(JsonValueKind.Null, view.RootElement.GetProperty("highlight_box").ValueKind);
    }

    [Fact]
    public async Task A_clicked_documents_model_is_kept_in_the_archive_and_read_back_without_parsing_the_file_again()
    {
        var sha = await ShaOf("002_c92512870de621d4.pdf");
        using (await fixture.Http.GetAsync($"/api/documents/{sha}/source?page=5&table=1&row=13&text={Q("94.07%")}")) { }
        var archive = Path.Combine(Path.GetDirectoryName(fixture.DatabasePath)!, "store.archive");
        Assert.True(File.Exists(Path.Combine(archive, "document-models", sha + ".json")));

        // A restarted workbench reads the kept model: the file it names need not even be there.
        var restarted = new Sources.DocumentModels(new WorkbenchOptions { DatabasePath = fixture.DatabasePath });
        var model = await restarted.Get(Path.Combine(archive, "not-there.pdf"), sha);

        var cell = model.Tables.SelectMany(t => t.Cells).First(c => c.Text.Trim() == "94.07%");
        Assert.NotNull(cell.Box);
    }

    [Fact]
    public async Task A_pdf_source_links_to_its_page_image_rendered_once()
    {
        var sha = await ShaOf("002_c92512870de621d4.pdf");
        using var view = JsonDocument.Parse(await fixture.Http.GetStringAsync($"/api/documents/{sha}/source?page=5&table=1&row=13&text={Q("94.07%")}"));
        var image = view.RootElement.GetProperty("page_image").GetString()!;
        // The cell's box in the image's pixels: inside an A4 page rendered at the image resolution, and cell-sized.
        var box = view.RootElement.GetProperty("highlight_box");
        var pagePixels = (Width: 595.3 * Sources.PageImages.Dpi / 72, Height: 841.9 * Sources.PageImages.Dpi / 72);
        Assert.InRange(box.GetProperty("left").GetDouble(), 0, pagePixels.Width);
        Assert.InRange(box.GetProperty("top").GetDouble(), 0, pagePixels.Height);
        Assert.InRange(box.GetProperty("left").GetDouble() + box.GetProperty("width").GetDouble(), 0, pagePixels.Width);
        Assert.InRange(box.GetProperty("width").GetDouble(), 5, pagePixels.Width / 2);
        Assert.InRange(box.GetProperty("height").GetDouble(), 5, pagePixels.Height / 4);
        using var first = await fixture.Http.GetAsync(image);
        Assert.Equal("image/png", first.Content.Headers.ContentType!.MediaType);
        var bytes = await first.Content.ReadAsByteArrayAsync();
        Assert.Equal(0x89, bytes[0]);
        var cached = Path.Combine(Path.GetDirectoryName(fixture.DatabasePath)!, "store.archive", "page-images", sha, Path.GetFileName(image));
        Assert.True(File.Exists(cached));
        var written = File.GetLastWriteTimeUtc(cached);
        using var second = await fixture.Http.GetAsync(image);
        Assert.Equal(written, File.GetLastWriteTimeUtc(cached));
    }

    [Theory]
    [InlineData("/documents/not-a-hash", HttpStatusCode.BadRequest)]
    [InlineData("/documents/0000000000000000000000000000000000000000000000000000000000000000", HttpStatusCode.NotFound)]
    [InlineData("/api/compare?category=answer_rate&years=20x0", HttpStatusCode.BadRequest)]
    [InlineData("/api/search?year=abc&q=a", HttpStatusCode.BadRequest)]
    public async Task Bad_requests_get_a_clear_status(string path, HttpStatusCode expected)
    {
        using var response = await fixture.Http.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Query_length_is_bounded()
    {
        using var longTerm = await fixture.Http.GetAsync("/api/search?q=" + new string('率', Inputs.MaxQueryLength + 1));
        Assert.Equal(HttpStatusCode.BadRequest, longTerm.StatusCode);
        using var longQuery = await fixture.Http.GetAsync("/search?q=a&x=" + new string('a', Workbench.MaxQueryStringLength));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, longQuery.StatusCode);
    }

    [Fact]
    public async Task A_foreign_host_name_is_refused_on_loopback()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/search?q=a");
        request.Headers.Host = "rebind.example";
        using var response = await fixture.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_read_only_workbench_refuses_imports()
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "files", "a.txt" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/import/upload") { Content = content };
        request.Headers.Add("X-ReportMiner", "1");
        using var response = await fixture.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("read-only", await fixture.Http.GetStringAsync("/import"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Echarts_is_served_from_the_workbench_with_its_licence()
    {
        using var script = await fixture.Http.GetAsync("/static/echarts.min.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 500_000);
        Assert.Contains("Apache License", await fixture.Http.GetStringAsync("/static/echarts.LICENSE.txt"));
    }

    private async Task<string> ShaOf(string fileName)
    {
        using var list = JsonDocument.Parse(await fixture.Http.GetStringAsync("/api/documents"));
        return list.RootElement.EnumerateArray().First(d => Path.GetFileName(d.GetProperty("path").GetString()) == fileName).GetProperty("sha256").GetString()!;
    }
}
