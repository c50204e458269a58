using ReportMiner.Parsing.Abstractions;

namespace ReportMiner.Parsing.Pipeline;

/// <summary>The reader with every parser ReportMiner ships, in the order they are tried.</summary>
public static class DefaultDocumentReader
{
    public static DocumentReader Create(ParseLimits? limits = null) =>
        new DocumentReaderBuilder()
            // Parsers are registered here, one line each.
            .Add(new Pdf.PdfParser())
            .WithLimits(limits ?? ParseLimits.Default)
            .Build();
}
