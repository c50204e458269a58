using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportMiner.Parsing.Processes;

namespace ReportMiner.Bench.Store;

/// <summary>
/// Writes the scale corpus: .txt (UTF-8 and GB18030), .docx (OpenXml, ruled tables) and .pdf (LibreOffice
/// conversions of generated .docx, in batches) under DIR/txt, DIR/docx, DIR/pdf.
/// </summary>
internal static class CorpusWriter
{
    public static int Run(string outDir, int count, double pdfShare)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var pdfCount = (int)(count * pdfShare);
        var rest = count - pdfCount;
        foreach (var folder in new[] { "txt", "docx", "pdf", "pdf-src" }) Directory.CreateDirectory(Path.Combine(outDir, folder));
        for (var i = 0; i < rest; i++)
        {
            var report = ScaleReports.Make(i);
            if (i % 2 == 0) WriteText(report, Path.Combine(outDir, "txt", $"report{i:D5}.txt"), i % 4 == 0 ? Encoding.GetEncoding("GB18030") : new UTF8Encoding(false));
            else WriteDocx(report, Path.Combine(outDir, "docx", $"report{i:D5}.docx"));
        }
        var sources = new List<string>();
        for (var i = rest; i < count; i++)
        {
            var path = Path.Combine(outDir, "pdf-src", $"report{i:D5}.docx");
            WriteDocx(ScaleReports.Make(i), path);
            sources.Add(path);
        }
        foreach (var batch in sources.Chunk(50))
        {
            var result = ToolRunner.Run(ExternalTool.Soffice, ["--headless", "--convert-to", "pdf", "--outdir", Path.Combine(outDir, "pdf"), .. batch],
                batch[0], TimeSpan.FromMinutes(10));
            if (result.ExitCode != 0) Console.Error.WriteLine($"soffice failed on a batch: {result.StandardError}");
            Console.Error.Write($"\rpdf {Directory.GetFiles(Path.Combine(outDir, "pdf")).Length}/{pdfCount}");
        }
        Directory.Delete(Path.Combine(outDir, "pdf-src"), recursive: true);
        Console.Error.WriteLine();
        foreach (var folder in new[] { "txt", "docx", "pdf" })
            Console.WriteLine($"{folder}: {Directory.GetFiles(Path.Combine(outDir, folder)).Length} files");
        return 0;
    }

    private static void WriteText(ScaleReport report, string path, Encoding encoding)
    {
        var lines = new List<string> { report.Title, "" };
        lines.AddRange(report.Prose());
        lines.Add(string.Join('\t', report.Header));
        lines.AddRange(report.Rows().Select(row => string.Join('\t', row)));
        File.WriteAllLines(path, lines, encoding);
    }

    private static void WriteDocx(ScaleReport report, string path)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var body = new Body();
        body.Append(Para(report.Title));
        foreach (var line in report.Prose()) body.Append(Para(line));
        var table = new Table(new TableProperties(new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        foreach (var row in new[] { report.Header }.Concat(report.Rows()))
            table.Append(new TableRow(row.Select(text => new TableCell(Para(text))).ToArray<OpenXmlElement>()));
        body.Append(table, Para("（报告完）"));
        document.AddMainDocumentPart().Document = new Document(body);
    }

    private static Paragraph Para(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
