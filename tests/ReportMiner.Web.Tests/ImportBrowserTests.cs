using Microsoft.Playwright;
using ReportMiner.TestSupport;

namespace ReportMiner.Web.Tests;

/// <summary>The Import page in chromium: files chosen, uploaded, a progress bar to the end and failures listed.</summary>
[Collection("workbench")]
public sealed class ImportBrowserTests(WorkbenchFixture fixture) : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private Workbench _workbench = null!;

    public async Task InitializeAsync()
    {
        _workbench = Workbench.Create(new WorkbenchOptions { DatabasePath = Path.Combine(_dir.Path, "import.db"), Port = 0, AllowImport = true, ImportJobs = 1 });
        await _workbench.StartAsync();
    }

    [Fact]
    public async Task Uploading_from_the_import_page_shows_progress_to_the_end_and_lists_failures()
    {
        var broken = Path.Combine(_dir.Path, "broken.pdf");
        await File.WriteAllBytesAsync(broken, "%PDF-1.4 truncated"u8.ToArray());
        var context = await (await fixture.Browser()).NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(_workbench.Addresses.Single().TrimEnd('/') + "/import");
        await page.SetInputFilesAsync("#files", [RepoPaths.Fixture("002", ".docx"), broken]);
        await page.ClickAsync("#upload-form button");
        await page.WaitForSelectorAsync("#import[data-state=done]", new PageWaitForSelectorOptions { Timeout = 120_000 });
        var bar = page.Locator("#bar");
        Assert.Equal("2", await bar.GetAttributeAsync("max"));
        Assert.Equal(2, await bar.EvaluateAsync<int>("b => b.value"));
        var failure = await page.Locator("ul.failures li").TextContentAsync();
        Assert.StartsWith("broken.pdf — ", failure);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(WorkbenchFixture.Artifacts, "import.png") });
        await context.CloseAsync();
    }

    public async Task DisposeAsync()
    {
        await _workbench.DisposeAsync();
        _dir.Dispose();
    }
}
