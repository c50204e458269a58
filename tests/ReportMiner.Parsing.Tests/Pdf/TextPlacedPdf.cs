using System.Globalization;
using System.Text;
using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Pdf;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Pdf;

/// <summary>
/// A4 pages of Courier text placed by its left or right end (Courier's letters are 0.6 em wide, so a right end is
/// exact) and of stroked rules, in points from the top of the page; <see cref="Parse"/> reads it with the PDF parser.
/// </summary>
public sealed class TextPlacedPdf
{
    public const double Size = 9;
    private const double PageHeight = 842;
    private readonly List<StringBuilder> _pages = [new()];
    private StringBuilder Current => _pages[^1];

    public static double Width(string text) => 0.6 * Size * text.Length;

    /// <summary>Text whose left end is at x and whose top is at y.</summary>
    public TextPlacedPdf Left(string text, double x, double y)
    {
        var escaped = text.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");
        // The baseline sits 0.8 em below the top; a word space as narrow as a letter keeps words of one cell together.
        Current.Append(CultureInfo.InvariantCulture,
            $"BT /F1 {Size} Tf -2 Tw {x:0.##} {PageHeight - y - 0.8 * Size:0.##} Td ({escaped}) Tj ET\n");
        return this;
    }

    /// <summary>Text whose right end is at x.</summary>
    public TextPlacedPdf Right(string text, double x, double y) => Left(text, x - Width(text) + 2 * text.Count(c => c == ' '), y);

    /// <summary>Text centred on x.</summary>
    public TextPlacedPdf Centre(string text, double x, double y) => Left(text, x - (Width(text) - 2 * text.Count(c => c == ' ')) / 2, y);

    /// <summary>Text turned a quarter turn to read bottom to top, its baseline at x and its first letter's foot at y.</summary>
    public TextPlacedPdf Up(string text, double x, double y)
    {
        var escaped = text.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");
        Current.Append(CultureInfo.InvariantCulture, $"BT /F1 {Size} Tf 0 1 -1 0 {x:0.##} {PageHeight - y:0.##} Tm ({escaped}) Tj ET\n");
        return this;
    }

    public TextPlacedPdf Rule(double y, double x0, double x1)
    {
        Current.Append(CultureInfo.InvariantCulture, $"0.5 w {x0:0.##} {PageHeight - y:0.##} m {x1:0.##} {PageHeight - y:0.##} l S\n");
        return this;
    }

    public TextPlacedPdf VerticalRule(double x, double y0, double y1)
    {
        Current.Append(CultureInfo.InvariantCulture, $"0.5 w {x:0.##} {PageHeight - y0:0.##} m {x:0.##} {PageHeight - y1:0.##} l S\n");
        return this;
    }

    /// <summary>Starts the next page; later text and rules go on it.</summary>
    public TextPlacedPdf NextPage()
    {
        _pages.Add(new StringBuilder());
        return this;
    }

    public Document Parse()
    {
        var pdf = new MinimalPdf();
        var font = pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>");
        var parent = pdf.Reserve();
        var kids = _pages.Select(content =>
        {
            var stream = pdf.AddStream("", content.ToString());
            return pdf.Add($"<< /Type /Page /Parent {parent} 0 R /MediaBox [0 0 595 {PageHeight}] /Contents {stream} 0 R /Resources << /Font << /F1 {font} 0 R >> >> >>");
        }).ToList();
        pdf.Fill([(parent, $"<< /Type /Pages /Kids [{string.Join(" ", kids.Select(k => $"{k} 0 R"))}] /Count {kids.Count} >>")]);
        var root = pdf.Add($"<< /Type /Catalog /Pages {parent} 0 R >>");
        using var dir = new TempDirectory();
        var path = dir.File("placed.pdf");
        File.WriteAllBytes(path, pdf.Build(root));
        return new PdfParser().Parse(new ParseRequest(path, FileFormat.Pdf, ParseLimits.Default));
    }
}
