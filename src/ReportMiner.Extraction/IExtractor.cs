using ReportMiner.Documents.Model;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction;

/// <summary>Turns a parsed document into its extraction record.</summary>
public interface IExtractor
{
    DocumentRecord Extract(Document document, string sha256);
}
