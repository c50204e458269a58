using ReportMiner.Parsing.Layout;
using ReportMiner.Parsing.Pdf;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Pdf;

public sealed class PdfRuleExtractorTests
{
    private static IReadOnlyList<RuleLine> RulesOfOnlyPage(byte[] pdf)
    {
        using var dir = new TempDirectory();
        var path = dir.File("rules.pdf");
        File.WriteAllBytes(path, pdf);
        return Assert.Single(PdfRules.Read(path, default)!);
    }

    private static bool Has(IReadOnlyList<RuleLine> rules, double x1, double y1, double x2, double y2) =>
        rules.Any(r => Near(Math.Min(r.X1, r.X2), Math.Min(x1, x2)) && Near(Math.Max(r.X1, r.X2), Math.Max(x1, x2))
                       && Near(Math.Min(r.Y1, r.Y2), Math.Min(y1, y2)) && Near(Math.Max(r.Y1, r.Y2), Math.Max(y1, y2)));

    private static bool Near(double a, double b) => Math.Abs(a - b) < 0.6;

    [Fact]
    public void Stroked_lines_thin_filled_rectangles_and_form_xobjects_become_rules_in_top_down_page_coordinates()
    {
        var pdf = new MinimalPdf();
        var form = pdf.AddStream("/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Matrix [1 0 0 1 10 0]", "0 0 m 0 50 l S");
        var content = pdf.AddStream("", string.Join("\n",
            "BT /F1 12 Tf (ET 0 0 m 500 0 l S) Tj <4554> Tj ET", // path operators inside text strings are not drawn
            "q 1 0 0 1 100 0 cm 0 700 m 200 700 l S Q",          // translated by cm
            "50 600 300 0.5 re f",                               // a border drawn as a thin filled rectangle
            "1 G 0 500 m 400 500 l S 0 G",                       // white: invisible, not a rule
            "0 400 m 50 450 100 400 c S",                        // a curve is not a rule
            "q 2 0 0 2 0 0 cm /Fm1 Do Q"));                      // a form, scaled by the caller's matrix
        var page = pdf.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents {content} 0 R /Resources << /XObject << /Fm1 {form} 0 R >> >> >>");
        var pages = pdf.Add($"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        var root = pdf.Add($"<< /Type /Catalog /Pages {pages} 0 R >>");

        var rules = RulesOfOnlyPage(pdf.Build(root));

        Assert.True(Has(rules, 100, 100, 300, 100), "stroked line after cm");
        Assert.True(Has(rules, 50, 199.75, 350, 199.75), "thin filled rectangle");
        Assert.True(Has(rules, 20, 800, 20, 700), "form line scaled and translated");
        Assert.Equal(3, rules.Count);
    }

    [Fact]
    public void Pages_kept_in_a_compressed_object_stream_are_found()
    {
        var pdf = new MinimalPdf();
        var content = pdf.AddStream("", "10 10 m 10 90 l S");
        var page = pdf.Reserve();
        var pages = pdf.Reserve();
        var root = pdf.Reserve();
        pdf.AddObjectStream(
            (page, $"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 200 100] /Contents {content} 0 R >>"),
            (pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>"),
            (root, $"<< /Type /Catalog /Pages {pages} 0 R >>"));

        var rules = RulesOfOnlyPage(pdf.Build(root));

        Assert.Single(rules);
        Assert.True(Has(rules, 10, 10, 10, 90));
    }

    [Fact]
    public void The_fixture_tables_have_their_rules_read_from_every_page()
    {
        var rules = PdfRules.Read(RepoPaths.Fixture("002", ".pdf"), default)!;

        Assert.Equal(6, rules.Count);
        Assert.Empty(rules[0]);
        // Page 5 of the self-evaluation table: 11 horizontal and 11 vertical rules drawn by LibreOffice.
        Assert.Equal(22, rules[4].Count);
        Assert.Contains(rules[4], r => !r.IsHorizontal && Near(r.X1, 444.3) && Near(r.Y1, 841.89 - 363.189));
    }
}
