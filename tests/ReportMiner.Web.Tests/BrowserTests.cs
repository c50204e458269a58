using Microsoft.Playwright;
using ReportMiner.TestSupport;

namespace ReportMiner.Web.Tests;

/// <summary>The workbench in Debian's chromium: what a person sees and clicks. Screenshots go to out/web-tests.</summary>
[Collection("workbench")]
public sealed class BrowserTests(WorkbenchFixture fixture)
{
    private static string Shot(string name) => Path.Combine(WorkbenchFixture.Artifacts, name + ".png");

    [Fact]
    public async Task Searching_回访_in_the_browser_shows_marked_hits_and_facet_counts()
    {
        var page = await fixture.NewPage();
        await page.GotoAsync("/search");
        await page.FillAsync("input[name=q]", "回访");
        await page.ClickAsync("form.search button");
        // Commit, not load: the load lifecycle event can be missed when the submit's navigation finishes before the
        // waiter subscribes (CI saw a 30 s timeout after "networkidle" had fired). The hits are what the test needs.
        await page.WaitForURLAsync("**/search?q=*", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await page.Locator("tr.hit").First.WaitForAsync();
        var hits = await page.Locator("tr.hit").CountAsync();
        Assert.True(hits >= 2, $"{hits} hits");
        Assert.True(await page.Locator("tr.hit mark").CountAsync() >= hits);
        Assert.Equal("回访", await page.Locator("tr.hit mark").First.TextContentAsync());
        var counts = await page.Locator(".facet[data-facet=city] .n").AllTextContentsAsync();
        Assert.NotEmpty(counts);
        Assert.All(counts, c => Assert.True(int.Parse(c) > 0));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("search"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Comparing_answer_rate_draws_a_bar_per_city_with_the_target_marked()
    {
        var page = await fixture.NewPage();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text + " " + message.Location); };
        await page.GotoAsync("/compare?category=answer_rate&years=2019-2023");
        await page.WaitForSelectorAsync("#charts[data-state=drawn]");
        var rows = await page.Locator("table.compare-table tbody tr").CountAsync();
        var withActual = await page.Locator("table.compare-table tbody tr td:nth-child(6)").AllTextContentsAsync();
        var chart = page.Locator("#chart-target");
        Assert.Equal(withActual.Count(t => t.Trim().Length > 0).ToString(), await chart.GetAttributeAsync("data-bars"));
        Assert.True(int.Parse((await chart.GetAttributeAsync("data-targets"))!) >= rows - 2);
        var labels = System.Text.Json.JsonSerializer.Deserialize<string[]>((await chart.GetAttributeAsync("data-labels"))!)!;
        Assert.Contains("广州市", labels);
        Assert.Contains("合肥市", labels);
        Assert.True(await page.Locator("#chart-target canvas").CountAsync() > 0);
        Assert.True(await page.Locator("#chart-budget canvas").CountAsync() > 0);
        Assert.True(errors.Count == 0, string.Join(" | ", errors));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("compare"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Clicking_a_value_on_the_document_page_marks_its_source_cell()
    {
        var page = await fixture.NewPage();
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("月度话务接通率"));
        await page.Locator("tr.hit a[href^='/documents/']").First.ClickAsync();
        await page.WaitForSelectorAsync(".document[data-sha]");
        var value = page.Locator("table.indicators tr", new PageLocatorOptions { HasText = "月度话务接通率" }).Locator("button.src", new LocatorLocatorOptions { HasText = "94.07%" });
        await value.ClickAsync();
        await page.WaitForSelectorAsync("#source[data-state=shown]");
        var cell = page.Locator("#source td.hl-cell");
        Assert.Equal(1, await cell.CountAsync());
        Assert.Equal("94.07%", (await cell.TextContentAsync())!.Trim());
        Assert.True(await page.Locator("#source td.hl-row").CountAsync() > 1);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("document"), FullPage = false });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_pdf_values_source_shows_the_rendered_page_with_the_cell_outlined_where_poppler_finds_the_value()
    {
        var page = await fixture.NewPage();
        await page.GotoAsync("/documents");
        await page.Locator("table.doclist a", new PageLocatorOptions { HasText = "002_c92512870de621d4.pdf" }).ClickAsync();
        await page.Locator("table.indicators tr", new PageLocatorOptions { HasText = "月度话务接通率" })
            .Locator("button.src", new LocatorLocatorOptions { HasText = "94.07%" }).ClickAsync();
        await page.WaitForSelectorAsync("#source[data-state=shown]");
        Assert.Equal("94.07%", (await page.Locator("#source td.hl-cell").TextContentAsync())!.Trim());
        var image = page.Locator("#source img");
        await image.ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('#source img'); return i && i.complete && i.naturalWidth > 0; }");
        Assert.EndsWith("/pages/5.png", await image.GetAttributeAsync("src"));
        await page.WaitForSelectorAsync("#source .page-figure[data-outlined] .cell-box");
        var shown = (await image.BoundingBoxAsync())!;
        var outline = (await page.Locator("#source .cell-box").BoundingBoxAsync())!;
        // Where pdftotext (poppler, not the parser that made the box) puts the value, as fractions of the page.
        var (pageWidth, pageHeight, words) = PopplerWords.OnPage(RepoPaths.Fixture("002", ".pdf"), 5);
        var value = words.Where(w => w.Text.Contains("94.07", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(value);
        var left = (outline.X - shown.X) / shown.Width;
        var top = (outline.Y - shown.Y) / shown.Height;
        var right = left + outline.Width / shown.Width;
        var bottom = top + outline.Height / shown.Height;
        bool Inside(PopplerWord w) => (w.X0 + w.X1) / 2 / pageWidth is var x && x > left && x < right
                                      && (w.Y0 + w.Y1) / 2 / pageHeight is var y && y > top && y < bottom;
        var cellWord = Assert.Single(value, Inside);
        // One cell, not its row: the words beside the value on the same line (target, weight, score) lie outside.
        var neighbours = words.Where(w => w != cellWord && Math.Abs(w.Y0 - cellWord.Y0) < 1).ToArray();
        Assert.True(neighbours.Length >= 2, $"{neighbours.Length} words beside the value");
        Assert.DoesNotContain(neighbours, Inside);
        Assert.InRange(outline.Width / shown.Width, 0.01, 0.5);
        await page.Locator("#source .page-figure").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("document-pdf") });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_hostile_documents_text_renders_inert()
    {
        var page = await fixture.NewPage();
        var dialogs = 0;
        page.Dialog += async (_, dialog) => { dialogs++; await dialog.DismissAsync(); };
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("恶意热线"));
        await page.Locator("tr.hit a[href^='/documents/']").First.ClickAsync();
        await page.WaitForSelectorAsync(".document[data-sha]");
        await page.Locator("button.src").First.ClickAsync();
        await page.WaitForSelectorAsync("#source[data-state=shown]");
        Assert.Contains(HostileRecord.ProjectName, await page.Locator("section.project h2").First.TextContentAsync());
        Assert.Contains("<img src=x onerror=", await page.Locator("table.indicators").TextContentAsync());
        Assert.Equal(0, await page.Locator("main img[onerror], main svg[onload], main script").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        await page.GotoAsync("/compare?category=answer_rate&cities=" + Uri.EscapeDataString(HostileRecord.City));
        await page.WaitForSelectorAsync("#charts[data-state=drawn]");
        await page.Locator("#chart-target canvas").HoverAsync();
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Equal(0, dialogs);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("hostile"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_csv_download_opens_with_the_compare_header()
    {
        var page = await fixture.NewPage();
        await page.GotoAsync("/compare?category=answer_rate");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a.download", new PageLocatorOptions { HasText = "CSV" }).ClickAsync());
        var path = Path.Combine(WorkbenchFixture.Artifacts, "compare.csv");
        await download.SaveAsAsync(path);
        Assert.EndsWith(".csv", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var header = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split('\n')[0].TrimEnd('\r');
        Assert.Equal("city,year,project,indicator,target,actual,met,budget_wan,actual_wan,execution_rate_pct,sources,agreeing,file,report_kind", header);
        await page.Context.CloseAsync();
    }
}
