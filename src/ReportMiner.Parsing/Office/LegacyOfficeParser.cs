using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Spreadsheet;
using ReportMiner.Parsing.Word;

namespace ReportMiner.Parsing.Office;

/// <summary>
/// Reads .doc, .wps, .rtf and .xls by converting them with LibreOffice to DOCX/XLSX and parsing that;
/// the document keeps the original path and format.
/// </summary>
public sealed class LegacyOfficeParser : IDocumentParser
{
    private readonly DocxParser _docx = new();
    private readonly XlsxParser _xlsx = new();

    public bool CanParse(FileFormat format) => LegacyFormat.For(format) is not null;

    public Document Parse(ParseRequest request, CancellationToken cancellationToken = default)
    {
        var format = LegacyFormat.For(request.Format) ?? throw new DocumentParseException(ParseErrorKind.Unsupported,
            request.Path, $"{request.Format} is not a legacy office format.", "Use the parser for its format.");
        if (request.Format is not FileFormat.Rtf && IsEncryptedOfficePackage(request.Path))
            throw new DocumentParseException(ParseErrorKind.Encrypted, request.Path,
                "The document is password-protected (an encrypted Office package).",
                "Open it with the password and save an unprotected copy, or ask the publisher for one.");
        ParseProgress.Report("converting", 0, 0);
        return LibreOfficeConverter.Convert(request.Path, format, request.Limits, cancellationToken, converted =>
        {
            var inner = request with { Path = converted, Format = format.Target == "xlsx" ? FileFormat.Xlsx : FileFormat.Docx };
            try
            {
                var document = format.Target == "xlsx" ? _xlsx.Parse(inner, cancellationToken) : _docx.Parse(inner, cancellationToken);
                return document with { Path = request.Path, Format = request.Format };
            }
            catch (DocumentParseException ex)
            {
                throw new DocumentParseException(ex.Kind, request.Path, $"After conversion by LibreOffice: {ex.Problem}", ex.Advice, ex);
            }
        });
    }

    // Password-protected DOCX/XLSX are OLE files holding an "EncryptedPackage" stream; conversion would only fail obscurely.
    private static bool IsEncryptedOfficePackage(string path) =>
        File.ReadAllBytes(path).AsSpan().IndexOf(System.Text.Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0;
}
