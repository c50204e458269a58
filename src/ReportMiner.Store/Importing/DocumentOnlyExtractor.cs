using ReportMiner.Documents.Model;
using ReportMiner.Extraction;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Store.Importing;

/// <summary>
/// Keeps a document (and its searchable text) without extracting projects. It is what
/// <see cref="ImportPipeline.CreateDefault"/> uses until the rule-based extractor is wired in.
/// </summary>
public sealed class DocumentOnlyExtractor : IExtractor
{
    public DocumentRecord Extract(Document document, string sha256) =>
        new() { File = Path.GetFileName(document.Path), Sha256 = sha256, Format = document.Format.ToName() };
}
