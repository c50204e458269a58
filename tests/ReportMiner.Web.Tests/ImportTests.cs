using System.Net;
using System.Text.Json;
using ReportMiner.TestSupport;

namespace ReportMiner.Web.Tests;

public sealed class ImportTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private Workbench _workbench = null!;
    private HttpClient _http = null!;

    private string Database => Path.Combine(_dir.Path, "fresh.db");

    public async Task InitializeAsync()
    {
        _workbench = Workbench.Create(new WorkbenchOptions { DatabasePath = Database, Port = 0, AllowImport = true, ImportJobs = 1 });
        await _workbench.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_workbench.Addresses.Single()) };
    }

    [Fact]
    public async Task Uploaded_files_are_saved_under_generated_names_inside_the_archive_and_imported()
    {
        var docx = RepoPaths.Fixture("002", ".docx");
        using var content = new MultipartFormDataContent
        {
            { new ByteArrayContent(await File.ReadAllBytesAsync(docx)), "files", "../../escape.docx" },
            { new ByteArrayContent("#!/bin/sh\necho hi"u8.ToArray()), "files", "run.sh" },
        };
        using var answer = JsonDocument.Parse(await Post("/api/import/upload", content));
        var saved = answer.RootElement.GetProperty("saved");
        Assert.Equal(1, saved.GetArrayLength());
        var storedAs = saved[0].GetProperty("stored_as").GetString()!;
        Assert.Matches("^u\\d{14}-[0-9a-f]{32}\\.docx$", storedAs);
        Assert.True(File.Exists(Path.Combine(_workbench.Options.Archive, "uploads", storedAs)));
        Assert.False(File.Exists(Path.Combine(_dir.Path, "escape.docx")));
        Assert.Equal("run.sh", answer.RootElement.GetProperty("rejected")[0].GetProperty("name").GetString());
        var job = await Finished(answer.RootElement.GetProperty("job").GetProperty("id").GetString()!);
        Assert.Equal(1, job.GetProperty("imported").GetInt32());
        using var search = JsonDocument.Parse(await _http.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("接通率")));
        Assert.True(search.RootElement.GetProperty("hits").GetArrayLength() > 0);
    }

    [Fact]
    public async Task A_folder_import_lists_each_failure_with_its_message()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir.Path, "folder")).FullName;
        await File.WriteAllBytesAsync(Path.Combine(folder, "broken.docx"), [1, 2, 3, 4]);
        using var content = new StringContent(JsonSerializer.Serialize(new { path = folder }), System.Text.Encoding.UTF8, "application/json");
        using var answer = JsonDocument.Parse(await Post("/api/import/folder", content));
        var job = await Finished(answer.RootElement.GetProperty("job").GetProperty("id").GetString()!);
        Assert.Equal(1, job.GetProperty("failed").GetInt32());
        var failure = job.GetProperty("failures")[0];
        Assert.Equal("broken.docx", failure.GetProperty("file").GetString());
        Assert.False(string.IsNullOrWhiteSpace(failure.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task An_import_without_the_workbench_header_is_refused()
    {
        using var content = new StringContent("{\"path\":\"/tmp\"}", System.Text.Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync("/api/import/folder", content);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<string> Post(string path, HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Add("X-ReportMiner", "1");
        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return body;
    }

    private async Task<JsonElement> Finished(string id)
    {
        for (var i = 0; i < 600; i++)
        {
            var job = JsonDocument.Parse(await _http.GetStringAsync("/api/import/" + id)).RootElement;
            if (job.GetProperty("state").GetString() is "done" or "failed") return job;
            await Task.Delay(100);
        }
        throw new TimeoutException("The import job did not finish within a minute.");
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _workbench.DisposeAsync();
        _dir.Dispose();
    }
}
