using System.Text.Json;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Store.Importing;
using ReportMiner.Store.Writing;
using ReportMiner.TestSupport;

namespace ReportMiner.Web.Tests;

/// <summary>`serve` hands the workbench worker processes for imports; the page must read files through them.</summary>
public sealed class ImportWorkTests
{
    [Fact]
    public async Task A_page_import_reads_every_file_through_the_work_the_server_was_given_and_releases_it_afterwards()
    {
        using var dir = new TempDirectory();
        var folder = Directory.CreateDirectory(Path.Combine(dir.Path, "folder")).FullName;
        File.Copy(RepoPaths.Fixture("002", ".docx"), Path.Combine(folder, "a.docx"));
        await File.WriteAllBytesAsync(Path.Combine(folder, "broken.docx"), [1, 2, 3, 4]);
        var given = new List<RecordingWork>();
        await using var workbench = Workbench.Create(new WorkbenchOptions
        {
            DatabasePath = Path.Combine(dir.Path, "s.db"), Port = 0, AllowImport = true, ImportJobs = 1,
            ImportWork = () =>
            {
                var work = new RecordingWork();
                lock (given) given.Add(work);
                return work;
            },
        });
        await workbench.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(workbench.Addresses.Single()) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/import/folder")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { path = folder }), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-ReportMiner", "1");
        using var response = await http.SendAsync(request);
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("job").GetProperty("id").GetString();
        JsonElement job = default;
        for (var i = 0; i < 600 && job.ValueKind == JsonValueKind.Undefined; i++)
        {
            var view = JsonDocument.Parse(await http.GetStringAsync("/api/import/" + id)).RootElement;
            if (view.GetProperty("state").GetString() == "done") job = view;
            else await Task.Delay(100);
        }

        Assert.Equal(1, job.GetProperty("imported").GetInt32());
        Assert.Equal(1, job.GetProperty("failed").GetInt32());
        var work = Assert.Single(given);
        Assert.Equal(["a.docx", "broken.docx"], work.Read.Order(StringComparer.Ordinal));
        Assert.True(work.Disposed);
    }

    private sealed class RecordingWork : IDocumentWork, IDisposable
    {
        private readonly IDocumentWork _inner = ImportPipeline.DefaultWork();
        public List<string> Read { get; } = [];
        public bool Disposed { get; private set; }

        DocumentEntry IDocumentWork.Read(string path, string sha256, long size, CancellationToken cancellationToken, Action<PageProgress>? progress)
        {
            lock (Read) Read.Add(Path.GetFileName(path));
            return _inner.Read(path, sha256, size, cancellationToken, progress);
        }

        public void Dispose() => Disposed = true;
    }
}
