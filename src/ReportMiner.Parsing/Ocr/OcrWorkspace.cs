namespace ReportMiner.Parsing.Ocr;

/// <summary>A private temp directory for one page's images, deleted on dispose whatever happened.</summary>
internal sealed class OcrWorkspace : IDisposable
{
    public OcrWorkspace(string? root)
    {
        Path = System.IO.Path.Combine(root ?? System.IO.Path.GetTempPath(), "reportminer-ocr-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
