using ReportMiner.Documents.Model;

namespace ReportMiner.Parsing.Abstractions;

/// <summary>Reads one family of formats into the document model.</summary>
public interface IDocumentParser
{
    /// <summary>True when this parser reads the sniffed format.</summary>
    bool CanParse(FileFormat format);

    /// <summary>Parses the file. Failures are <see cref="DocumentParseException"/>s.</summary>
    Document Parse(ParseRequest request, CancellationToken cancellationToken = default);
}
