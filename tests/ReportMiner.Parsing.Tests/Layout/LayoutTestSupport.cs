using ReportMiner.Documents.Building;
using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Tests.Layout;

internal static class LayoutTestSupport
{
    public static Document Lay(params PageWords[] pages)
    {
        var builder = new DocumentBuilder("synthetic.pdf", FileFormat.Pdf);
        DocumentLayout.WriteTo(DocumentLayout.Analyze(pages), builder);
        return builder.Build();
    }

    /// <summary>Width of a digit (and any letter) in the synthetic tables, in points.</summary>
    public const double Digit = 6;

    /// <summary>A word whose right edge is at <paramref name="x"/>: a right-aligned figure.</summary>
    public static SyntheticPage Right(SyntheticPage page, string text, double x, double y) =>
        page.Word(text, x - text.Length * Digit, y, Digit);

    /// <summary>Words of running text a little more than a space apart, 5 pt a letter.</summary>
    public static SyntheticPage Prose(SyntheticPage page, string text, double x, double y)
    {
        foreach (var word in text.Split(' '))
        {
            page.Word(word, x, y, 5);
            x += word.Length * 5 + 3;
        }
        return page;
    }
}
