using System.IO.Packaging;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using ReportMiner.Documents.Building;
using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Containers;

namespace ReportMiner.Parsing.Word;

/// <summary>Reads Word 2007+ documents (DOCX): body paragraphs and tables with merged cells as spans.</summary>
public sealed class DocxParser : IDocumentParser
{
    public bool CanParse(FileFormat format) => format == FileFormat.Docx;

    public Document Parse(ParseRequest request, CancellationToken cancellationToken = default)
    {
        var path = request.Path;
        ZipGuard.Check(path, request.Limits, cancellationToken);
        var builder = new DocumentBuilder(path, FileFormat.Docx);
        try
        {
            using var word = WordprocessingDocument.Open(path, false);
            var part = word.MainDocumentPart ?? throw Corrupt(path, "It has no main document part.", null);
            var body = OpenXmlParts.Load(part).Child("body") ?? throw Corrupt(path, "Its main part has no body.", null);
            var numbering = part.NumberingDefinitionsPart is { } n
                ? new WordNumbering(OpenXmlParts.Load(n), part.StyleDefinitionsPart is { } s ? OpenXmlParts.Load(s) : null)
                : WordNumbering.Empty;
            var embedded = new WordEmbeddedWorkbooks(part, path, request.Limits, cancellationToken);
            WordBodyReader.Read(body, numbering, embedded, builder);
            foreach (var warning in embedded.Warnings) builder.AddWarning(warning);
            return builder.Build();
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException
            or XmlException or InvalidOperationException)
        {
            throw Corrupt(path, ex.Message, ex);
        }
    }

    private static DocumentParseException Corrupt(string path, string detail, Exception? inner) =>
        new(ParseErrorKind.Corrupt, path, $"The Word document (DOCX) is damaged and cannot be read: {detail}",
            "Open it in Word or LibreOffice and save it again as .docx, or supply the PDF.", inner);
}
