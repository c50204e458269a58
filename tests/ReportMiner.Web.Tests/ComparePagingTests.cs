using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ReportMiner.Web.Tests;

[Collection("workbench")]
public sealed partial class ComparePagingTests(WorkbenchFixture fixture)
{
    private async Task<int> TotalRows(string query)
    {
        using var json = JsonDocument.Parse(await fixture.Http.GetStringAsync("/api/compare?" + query));
        return json.RootElement.GetProperty("total").GetInt32();
    }

    private static string[] TableRows(string html)
    {
        var body = TableBody().Match(html);
        Assert.True(body.Success, "the page has a compare table");
        return RowPattern().Matches(body.Groups[1].Value).Select(m => m.Value).ToArray();
    }

    [Fact]
    public async Task The_table_shows_at_most_one_page_of_rows_and_says_how_many_more_there_are()
    {
        var total = await TotalRows("category=answer_rate");
        Assert.True(total > 3, $"the test store compares {total} answer-rate reports; paging needs more than 3");
        var html = await fixture.Http.GetStringAsync("/compare?category=answer_rate&rows=2");
        Assert.Equal(2, TableRows(html).Length);
        Assert.Contains($"显示第 1–2 行，共 {total} 行；另有 {total - 2} 行", html);
        Assert.Contains($"{total - 2} more rows — download CSV/XLSX for all", html);
        Assert.Contains("href=\"/compare.csv?category=answer_rate\"", html);
        Assert.Contains("rel=\"next\" href=\"/compare?category=answer_rate&amp;page=2&amp;rows=2\"", html);
        Assert.DoesNotContain("rel=\"prev\"", html);
    }

    [Fact]
    public async Task The_next_page_has_a_stable_url_and_shows_the_following_rows()
    {
        var first = TableRows(await fixture.Http.GetStringAsync("/compare?category=answer_rate&rows=2"));
        var secondHtml = await fixture.Http.GetStringAsync("/compare?category=answer_rate&rows=2&page=2");
        var second = TableRows(secondHtml);
        Assert.Equal(2, second.Length);
        Assert.Empty(first.Intersect(second));
        Assert.Contains("显示第 3–4 行", secondHtml);
        Assert.Contains("rel=\"prev\" href=\"/compare?category=answer_rate&amp;rows=2\"", secondHtml);
        Assert.Equal(second, TableRows(await fixture.Http.GetStringAsync("/compare?category=answer_rate&rows=2&page=2")));
    }

    [Fact]
    public async Task A_page_past_the_end_shows_the_last_page()
    {
        var total = await TotalRows("category=answer_rate");
        var html = await fixture.Http.GetStringAsync("/compare?category=answer_rate&rows=2&page=999999");
        Assert.Equal(total % 2 == 0 ? 2 : 1, TableRows(html).Length);
        Assert.DoesNotContain("rel=\"next\"", html);
        Assert.Contains($"–{total} 行，共 {total} 行", html);
    }

    [Fact]
    public async Task When_one_page_holds_every_row_there_is_no_paging_line()
    {
        var total = await TotalRows("category=answer_rate");
        var html = await fixture.Http.GetStringAsync("/compare?category=answer_rate");
        Assert.Equal(total, TableRows(html).Length);
        Assert.DoesNotContain("class=\"paging\"", html);
    }

    [Fact]
    public async Task The_json_twin_holds_the_page_asked_and_the_downloads_keep_every_row()
    {
        var total = await TotalRows("category=answer_rate");
        var pages = new List<string>();
        for (var page = 1; page <= (total + 1) / 2; page++)
        {
            using var json = JsonDocument.Parse(await fixture.Http.GetStringAsync($"/api/compare?category=answer_rate&rows=2&page={page}"));
            Assert.Equal((page, 2, total), (json.RootElement.GetProperty("page").GetInt32(), json.RootElement.GetProperty("page_size").GetInt32(),
                json.RootElement.GetProperty("total").GetInt32()));
            pages.AddRange(json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("row").GetProperty("file").GetString()!));
        }
        Assert.Equal(total, pages.Count);
        var csv = await fixture.Http.GetStringAsync("/compare.csv?category=answer_rate&rows=2&page=2");
        Assert.Equal(total + 1, CsvRecords(csv));
        using var xlsx = await fixture.Http.GetAsync("/compare.xlsx?category=answer_rate&rows=2");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
    }

    [Fact]
    public async Task The_chart_series_have_one_bar_per_report_when_few_and_ignore_the_page()
    {
        var total = await TotalRows("category=answer_rate");
        using var json = JsonDocument.Parse(await fixture.Http.GetStringAsync("/api/compare/chart?category=answer_rate&rows=2&page=2"));
        Assert.Equal(total, json.RootElement.GetProperty("rows").GetInt32());
        var bars = json.RootElement.GetProperty("bars");
        Assert.Equal(Math.Min(total, 40), bars.GetArrayLength());
        Assert.All(bars.EnumerateArray(), b => Assert.Equal(total <= 40 ? 1 : b.GetProperty("reports").GetInt32(), b.GetProperty("reports").GetInt32()));
    }

    [Theory]
    [InlineData("/compare?category=answer_rate&rows=0")]
    [InlineData("/compare?category=answer_rate&rows=100000")]
    [InlineData("/compare?category=answer_rate&page=0")]
    public async Task A_page_or_page_size_out_of_range_is_a_bad_request(string path)
    {
        using var response = await fixture.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [GeneratedRegex("<tbody>(.*?)</tbody>", RegexOptions.Singleline)]
    private static partial Regex TableBody();

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    /// <summary>Records of a CSV text (header included): line ends outside quoted cells.</summary>
    private static int CsvRecords(string csv)
    {
        var records = 0;
        var quoted = false;
        foreach (var c in csv)
        {
            if (c == '"') quoted = !quoted;
            else if (c == '\n' && !quoted) records++;
        }
        return csv.EndsWith('\n') ? records : records + 1;
    }
}
