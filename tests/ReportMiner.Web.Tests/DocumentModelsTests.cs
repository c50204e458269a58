using System.Security.Cryptography;
using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Pipeline;
using ReportMiner.TestSupport;

namespace ReportMiner.Web.Tests;

/// <summary>`serve` parses a stored file for the source view in a worker; the view must use the reader it is given.</summary>
public sealed class DocumentModelsTests
{
    [Fact]
    public async Task The_source_view_parses_a_stored_file_with_the_reader_the_server_was_given_once()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "a.docx");
        File.Copy(RepoPaths.Fixture("002", ".docx"), file);
        var sha = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(file)));
        var read = new List<string>();
        var options = new WorkbenchOptions
        {
            DatabasePath = Path.Combine(dir.Path, "s.db"),
            ReadModel = path =>
            {
                lock (read) read.Add(path);
                return DefaultDocumentReader.Create().Read(path);
            },
        };

        Document model = await new Sources.DocumentModels(options).Get(file, sha);
        await new Sources.DocumentModels(options).Get(file, sha);

        Assert.Equal([file], read);
        Assert.Contains(model.Tables.SelectMany(t => t.Cells), c => c.Text.Trim() == "94.07%");
    }
}
