using System.Data.Common;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReportMiner.Store;
using ReportMiner.Store.Browsing;
using ReportMiner.Store.Indexing;
using ReportMiner.Store.Schema;
using ReportMiner.Web.Exporting;
using ReportMiner.Web.Hosting;
using ReportMiner.Web.Rendering;
using ReportMiner.Web.Importing;
using ReportMiner.Web.Pages;
using ReportMiner.Web.Sources;

namespace ReportMiner.Web;

/// <summary>
/// The workbench: a Kestrel server over one store. Pages are HTML built on the server with every document
/// string encoded; each has a JSON twin under /api. Read-only unless <see cref="WorkbenchOptions.AllowImport"/>.
/// </summary>
public sealed class Workbench : IAsyncDisposable
{
    public const int MaxQueryStringLength = 2048;
    private const long MaxRequestBodyBytes = 64 * 1024;

    private readonly WebApplication _app;

    private Workbench(WebApplication app) => _app = app;

    public WorkbenchOptions Options { get; private init; } = null!;

    /// <summary>The addresses Kestrel listens on, once started.</summary>
    public IReadOnlyList<string> Addresses =>
        _app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? [];

    public static Workbench Create(WorkbenchOptions options, LogLevel logLevel = LogLevel.Warning)
    {
        PrepareStore(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(logLevel);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Listen(Address(options.Host), options.Port);
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = options.MaxUploadRequestBytes;
            form.ValueCountLimit = options.MaxUploadFiles + 16;
        });
        builder.Services.ConfigureHttpJsonOptions(json => WebJson.Configure(json.SerializerOptions));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<StoreConnections>();
        builder.Services.AddSingleton<CompareChartCache>();
        builder.Services.AddSingleton<DocumentModels>();
        builder.Services.AddSingleton<PageImages>();
        builder.Services.AddSingleton<ImportJobs>();
        builder.Services.AddSingleton<Uploads>();
        var app = builder.Build();
        app.Use(Guard);
        Routes(app, options);
        return new Workbench(app) { Options = options };
    }

    public Task StartAsync(CancellationToken ct = default) => _app.StartAsync(ct);

    public Task WaitForShutdownAsync(CancellationToken ct = default) => _app.WaitForShutdownAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public static bool IsLoopback(string host) => host == "localhost" || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));

    private static IPAddress Address(string host) =>
        host == "localhost" ? IPAddress.Loopback
        : IPAddress.TryParse(host, out var ip) ? ip
        : throw new StoreException($"--host must be an IP address such as 127.0.0.1 or 0.0.0.0, not '{host}'.");

    /// <summary>A missing store is created only when the page may import into it; otherwise it is an error up front.</summary>
    private static void PrepareStore(WorkbenchOptions options)
    {
        if (options.Store.FilePath is { } file && !File.Exists(file) && !options.AllowImport)
            throw new StoreException($"No store at {file}. Import documents first (reportminer import PATH --db {options.DatabasePath}) or start with --allow-import.");
        // Opening read-write once brings the schema up to date; requests then open it read-only.
        using var connection = StoreDatabase.Open(options.DatabasePath);
        // The search index catches up now rather than in the first visitor's search.
        StoreIndex.Update(connection);
    }

    private static async Task Guard(HttpContext context, RequestDelegate next)
    {
        SecurityHeaders.Apply(context.Response);
        var api = context.Request.Path.StartsWithSegments("/api");
        if (!HostAllowed(context))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("Unknown host name.");
            return;
        }
        if (context.Request.QueryString.Value?.Length > MaxQueryStringLength)
        {
            await Error(context, StatusCodes.Status414UriTooLong, $"查询太长 The query is longer than {MaxQueryStringLength} characters.", api);
            return;
        }
        try
        {
            await next(context);
        }
        catch (Exception ex) when (ex is BadRequestException or StoreException && !context.Response.HasStarted)
        {
            await Error(context, StatusCodes.Status400BadRequest, ex.Message, api);
        }
        catch (DbException ex) when (!context.Response.HasStarted)
        {
            await Error(context, StatusCodes.Status500InternalServerError, $"The store could not be read ({ex.Message}).", api);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            await Error(context, ex.StatusCode, ex.Message, api);
        }
    }

    /// <summary>
    /// Served on loopback, the workbench answers only to loopback host names, so a web page elsewhere cannot
    /// rebind its own name to 127.0.0.1 and read the store through the visitor's browser.
    /// </summary>
    private static bool HostAllowed(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<WorkbenchOptions>();
        if (!IsLoopback(options.Host)) return true;
        var host = context.Request.Host.Host;
        return host is "localhost" or "127.0.0.1" or "[::1]" or "::1";
    }

    private static async Task Error(HttpContext context, int status, string message, bool api)
    {
        context.Response.StatusCode = status;
        if (api)
        {
            await context.Response.WriteAsJsonAsync(new { error = message }, WebJson.Options);
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(Layout.Page("错误 Error", "", Html.Of($"<h1>出错了 <small>Error</small></h1><p class=\"error\">{message}</p>")));
    }

    private static IResult Page(string html) => Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8);

    private static IResult Json<T>(T value) => Results.Json(value, WebJson.Options);

    private static void Routes(WebApplication app, WorkbenchOptions options)
    {
        app.MapGet("/", () => Results.Redirect("/search"));
        // Browsers ask for it on every first visit; a 404 there shows as a console error on every page.
        app.MapGet("/favicon.ico", () => Results.NoContent());
        app.MapGet("/static/{name}", (string name, HttpContext context) => StaticAssets.Serve(name, context));

        app.MapGet("/search", (HttpRequest request, StoreConnections store) => Page(SearchPage.Render(SearchPage.Run(request, store))));
        app.MapGet("/api/search", (HttpRequest request, StoreConnections store) => Json(SearchPage.Run(request, store)));

        app.MapGet("/compare", (HttpRequest request, StoreConnections store) => Page(ComparePage.Render(ComparePage.Run(request, store))));
        app.MapGet("/api/compare", (HttpRequest request, StoreConnections store) => Json(ComparePage.Run(request, store)));
        app.MapGet("/api/compare/chart", (HttpContext context, StoreConnections store, CompareChartCache charts) =>
        {
            var ask = CompareAsk.Of(context.Request);
            using var connection = store.Open();
            var (chart, cached) = charts.Get(store.DatabasePath, StoreGeneration.Of(connection), ComparePage.QueryString(ask),
                () => CompareChart.Of(ask.AllRows(connection).ToList()));
            context.Response.Headers["X-Cache"] = cached ? "hit" : "miss";
            return Json(chart);
        });
        app.MapGet("/compare.csv", (HttpRequest request, StoreConnections store) =>
        {
            var ask = CompareAsk.Of(request);
            ComparePage.EnsureAsked(ask);
            using var connection = store.Open();
            return SheetDownloads.Csv(ComparePage.Columns(ask.Budgets), ask.AllRows(connection).Select(r => ComparePage.Cells(r, ask.Budgets)),
                ComparePage.FileName(ask, "csv"));
        });
        app.MapGet("/compare.xlsx", (HttpRequest request, StoreConnections store) =>
        {
            var ask = CompareAsk.Of(request);
            ComparePage.EnsureAsked(ask);
            using var connection = store.Open();
            return SheetDownloads.Xlsx(ask.Budgets ? "budgets" : "compare", ComparePage.Columns(ask.Budgets),
                ask.AllRows(connection).Select(r => ComparePage.Cells(r, ask.Budgets)), ComparePage.FileName(ask, "xlsx"));
        });

        DocumentRoutes(app);
        ImportRoutes(app, options);
    }

    private static void DocumentRoutes(WebApplication app)
    {
        const int PageSize = 100;
        app.MapGet("/documents", (HttpRequest request, StoreConnections store) =>
        {
            var page = Inputs.Int(request, "page", 1, 100_000) ?? 1;
            using var connection = store.Open();
            var list = new StoredDocuments(connection).List(PageSize + 1, (page - 1) * PageSize);
            return Page(DocumentPage.RenderList(list.Take(PageSize).ToArray(), page, list.Count > PageSize));
        });
        app.MapGet("/api/documents", (HttpRequest request, StoreConnections store) =>
        {
            var page = Inputs.Int(request, "page", 1, 100_000) ?? 1;
            using var connection = store.Open();
            return Json(new StoredDocuments(connection).List(PageSize, (page - 1) * PageSize));
        });
        app.MapGet("/documents/{sha}", (string sha, StoreConnections store) =>
            FindDocument(sha, store) is { } doc ? Page(DocumentPage.Render(doc)) : NotFound(sha, api: false));
        app.MapGet("/api/documents/{sha}", (string sha, StoreConnections store) =>
            FindDocument(sha, store) is { } doc ? Json(doc) : NotFound(sha, api: true));
        app.MapGet("/api/documents/{sha}/source", async (string sha, HttpRequest request, StoreConnections store, DocumentModels models) =>
        {
            if (FindDocument(sha, store) is not { Status: "imported" } doc) return NotFound(sha, api: true);
            var page = Inputs.Int(request, "page", 1, 100_000) ?? 1;
            var table = Inputs.Int(request, "table", 0, 100_000);
            var row = Inputs.Int(request, "row", 0, 1_000_000);
            if (doc.Format == "record")
                return Json(new SourceView(Path.GetFileName(doc.Path), doc.Format, page, table, row, null, null, null, [], null, null,
                    "此文档以提取记录导入，没有原文件可显示 Imported as an extraction record: there is no source file to show."));
            var model = await models.Get(doc.Path, doc.Sha256);
            return Json(SourceLocator.Locate(model, doc.Sha256, doc.Format, page, table, row, Inputs.Text(request, "text", 500), Inputs.Number(request, "number")));
        });
        app.MapGet("/documents/{sha}/pages/{page:int}.png", async (string sha, int page, StoreConnections store, PageImages images) =>
        {
            if (FindDocument(sha, store) is not { } doc || doc.Format is not ("pdf" or "scanned-pdf")) return NotFound(sha, api: true);
            if (page < 1 || (doc.PageCount is { } count && page > count)) return Results.NotFound();
            return Results.File(await images.Get(doc.Path, doc.Sha256, page), "image/png");
        });
    }

    private static StoredDocument? FindDocument(string sha, StoreConnections store)
    {
        if (!DocumentPage.IsSha256(sha)) throw new BadRequestException("A document is named by its SHA-256 (64 lower-case hex digits).");
        using var connection = store.Open();
        return new StoredDocuments(connection).Find(sha);
    }

    private static IResult NotFound(string sha, bool api) => api
        ? Results.Json(new { error = $"No document {sha} in this store." }, WebJson.Options, statusCode: StatusCodes.Status404NotFound)
        : Results.Content(Layout.Page("未找到 Not found", "/documents", Html.Of($"<h1>未找到 <small>Not found</small></h1><p>此存储中没有文档 No document {sha} in this store.</p>")),
            "text/html; charset=utf-8", Encoding.UTF8, StatusCodes.Status404NotFound);

    private static void ImportRoutes(WebApplication app, WorkbenchOptions options)
    {
        app.MapGet("/import", () => Page(ImportPage.Render(options)));
        app.MapPost("/api/import/upload", async (HttpContext context, Uploads uploads, ImportJobs jobs) =>
        {
            if (Refused(context, options) is { } refused) return refused;
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = options.MaxUploadRequestBytes;
            if (!context.Request.HasFormContentType) throw new BadRequestException("Send the files as multipart/form-data.");
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var (saved, rejected) = await uploads.Save(form.Files, context.RequestAborted);
            var job = saved.Count == 0 ? null : jobs.Start(saved.Select(uploads.PathOf).ToArray(), $"{saved.Count} uploaded files",
                saved.ToDictionary(uploads.PathOf, s => s.Name, StringComparer.Ordinal));
            return Json(new { job, saved, rejected });
        });
        app.MapPost("/api/import/folder", async (HttpContext context, ImportJobs jobs) =>
        {
            if (Refused(context, options) is { } refused) return refused;
            var body = await context.Request.ReadFromJsonAsync<FolderRequest>(WebJson.Options, context.RequestAborted);
            var path = body?.Path?.Trim();
            if (string.IsNullOrEmpty(path) || path.Length > 1000) throw new BadRequestException("Give the path of a folder or file on the server.");
            if (!Directory.Exists(path) && !File.Exists(path)) throw new BadRequestException($"No such folder or file on the server: {path}");
            var files = Store.Importing.InputFiles.Expand([path]);
            if (files.Count == 0) throw new BadRequestException("No supported files there (.docx .doc .wps .rtf .pdf .ofd .txt .xlsx .xls .et .html .json).");
            return Json(new { job = jobs.Start(files, path) });
        });
        app.MapGet("/api/import/{id}", (string id, ImportJobs jobs) =>
            jobs.Find(id) is { } job ? Json(job) : Results.Json(new { error = "No such import job." }, WebJson.Options, statusCode: 404));
    }

    private sealed record FolderRequest(string? Path);

    /// <summary>
    /// Imports change the store, so they need --allow-import, and a header a cross-site form cannot send (with a
    /// matching Origin when the browser gives one).
    /// </summary>
    private static IResult? Refused(HttpContext context, WorkbenchOptions options)
    {
        if (!options.AllowImport)
            return Results.Json(new { error = "This workbench is read-only. Start it with: reportminer serve --allow-import" }, WebJson.Options, statusCode: 403);
        var origin = context.Request.Headers.Origin.ToString();
        var sameOrigin = origin.Length == 0 || (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Authority == context.Request.Host.Value);
        if (context.Request.Headers["X-ReportMiner"] != "1" || !sameOrigin)
            return Results.Json(new { error = "Imports are accepted only from the workbench's own page." }, WebJson.Options, statusCode: 403);
        return null;
    }
}
