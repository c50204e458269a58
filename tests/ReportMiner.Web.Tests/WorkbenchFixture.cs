using Microsoft.Playwright;
using ReportMiner.Store.Importing;
using ReportMiner.TestSupport;

namespace ReportMiner.Web.Tests;

/// <summary>
/// A store built by importing real corpus files (and one hostile record) into a temp folder, served by a real
/// Kestrel on a free loopback port; the browser is Debian's chromium, driven by Playwright, never downloaded.
/// </summary>
public sealed class WorkbenchFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly TempDirectory _dir = new();
    private Workbench? _workbench;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string DatabasePath => Path.Combine(_dir.Path, "store.db");
    public string Url { get; private set; } = "";
    public HttpClient Http { get; private set; } = null!;
    public ImportSummary Imported { get; private set; } = null!;

    /// <summary>Screenshots and downloads land here (out/ is ignored by git) so a person can look at them.</summary>
    public static string Artifacts { get; } = Directory.CreateDirectory(
        Environment.GetEnvironmentVariable("REPORTMINER_WEB_ARTIFACTS") ?? Path.Combine(RepoPaths.Root, "out", "web-tests")).FullName;

    public static IReadOnlyList<string> CorpusFiles =>
    [
        RepoPaths.Fixture("002", ".docx"), RepoPaths.Fixture("002", ".pdf"), RepoPaths.Fixture("000", ".docx"), RepoPaths.Fixture("004", ".docx"),
        ..new[] { "G01_hefei_2022_selfeval", "G04_foshan_2020_traditional", "G05_zhengzhou_2019_prose", "G09_nanning_2020_weights", "G10_xiamen_2023_traditional_table" }
            .Select(name => Path.Combine(RepoPaths.Corpus, "generalization", "docs", name + ".docx")),
    ];

    public async Task InitializeAsync()
    {
        var input = Directory.CreateDirectory(Path.Combine(_dir.Path, "in")).FullName;
        var files = CorpusFiles.Select(f => { var copy = Path.Combine(input, Path.GetFileName(f)); File.Copy(f, copy); return copy; }).ToList();
        var hostile = Path.Combine(input, "hostile.json");
        await File.WriteAllTextAsync(hostile, HostileRecord.Json);
        files.Add(hostile);
        Imported = await ImportPipeline.CreateDefault().RunAsync(files, DatabasePath, new ImportOptions { Jobs = 2 });
        _workbench = Workbench.Create(new WorkbenchOptions { DatabasePath = DatabasePath, Port = 0 });
        await _workbench.StartAsync();
        Url = _workbench.Addresses.Single();
        Http = new HttpClient { BaseAddress = new Uri(Url) };
    }

    public async Task<IBrowser> Browser()
    {
        if (_browser is not null) return _browser;
        // Playwright must use the system chromium and never fetch a browser of its own.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        return _browser;
    }

    public async Task<IPage> NewPage()
    {
        var context = await (await Browser()).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Url, AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1400, Height = 1000 }, Locale = "zh-CN",
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_workbench is not null) await _workbench.DisposeAsync();
        _dir.Dispose();
    }
}

[CollectionDefinition("workbench")]
public sealed class WorkbenchCollection : ICollectionFixture<WorkbenchFixture>;
