using ReportMiner.Parsing.Processes;

namespace ReportMiner.Parsing.Ocr;

/// <summary>A private temp directory for one page's images, deleted on dispose whatever happened.</summary>
internal sealed class OcrWorkspace : IDisposable
{
    public OcrWorkspace(string? root) => Path = TemporaryFolders.Create(root, "ocr");

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => TemporaryFolders.TryDelete(Path);
}
