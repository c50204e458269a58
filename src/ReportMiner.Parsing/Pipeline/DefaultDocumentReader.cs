using ReportMiner.Parsing.Abstractions;

namespace ReportMiner.Parsing.Pipeline;

/// <summary>The reader with every parser ReportMiner ships, in the order they are tried.</summary>
public static class DefaultDocumentReader
{
    public static DocumentReader Create(ParseLimits? limits = null) =>
        new DocumentReaderBuilder()
            // Parsers are registered here, one line each.
            .Add(new ReportMiner.Parsing.Word.DocxParser())
            .Add(new ReportMiner.Parsing.Spreadsheet.XlsxParser())
            .Add(new ReportMiner.Parsing.Html.HtmlParser())
            .Add(new Pdf.PdfParser(ocr: new Ocr.TesseractPageOcr()))
            .Add(new Ocr.ImageParser())
            .Add(new ReportMiner.Parsing.Ofd.OfdParser(Ocr.OcrOptions.Default))
            .Add(new ReportMiner.Parsing.Text.TextDocumentParser())
            .Add(new ReportMiner.Parsing.Office.LegacyOfficeParser())
            .WithLimits(limits ?? ParseLimits.Default)
            .Build();
}
