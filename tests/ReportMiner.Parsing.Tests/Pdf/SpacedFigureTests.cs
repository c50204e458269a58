namespace ReportMiner.Parsing.Tests.Pdf;

/// <summary>Figures whose comma, point or minus leaves a gap before the next digit: a half-width CJK font's marks
/// redrawn in a narrower substitute (cairo keeps each glyph's position).</summary>
public sealed class SpacedFigureTests
{
    private static string TextOf(TextPlacedPdf pdf) => string.Join("\n", pdf.Parse().Paragraphs.Select(p => p.Text));

    private static TextPlacedPdf Spaced(TextPlacedPdf pdf, double x, double y, double gap, params string[] parts)
    {
        foreach (var part in parts)
        {
            pdf.Left(part, x, y);
            x += TextPlacedPdf.Width(part) + gap;
        }
        return pdf;
    }

    [Fact]
    public void A_figure_drawn_with_narrow_gaps_after_its_comma_point_and_minus_is_read_whole()
    {
        var pdf = Spaced(new TextPlacedPdf(), 100, 100, 2, "2,", "604.", "46");
        Spaced(pdf, 100, 130, 2, "-", "0.9");

        var text = TextOf(pdf);

        Assert.Contains("2,604.46", text);
        Assert.Contains("-0.9", text);
    }

    [Fact]
    public void Numbers_a_space_apart_stay_apart()
    {
        // A gap as wide as a letter of the font is a space, not a mark's own room.
        var text = TextOf(Spaced(new TextPlacedPdf(), 100, 100, TextPlacedPdf.Size * 0.6, "1.", "2.", "3."));

        Assert.Contains("1. 2. 3.", text);
    }
}
