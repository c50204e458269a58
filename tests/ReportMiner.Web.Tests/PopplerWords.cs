using System.Globalization;
using System.Text.RegularExpressions;
using ReportMiner.Parsing.Processes;

namespace ReportMiner.Web.Tests;

/// <summary>A word as pdftotext -bbox places it: PDF points from the top-left corner of the page.</summary>
public sealed record PopplerWord(string Text, double X0, double Y0, double X1, double Y1);

/// <summary>Word positions from poppler's pdftotext, an independent witness of where text is drawn on a page.</summary>
public static partial class PopplerWords
{
    public static (double Width, double Height, IReadOnlyList<PopplerWord> Words) OnPage(string pdf, int page)
    {
        var number = page.ToString(CultureInfo.InvariantCulture);
        var result = ToolRunner.Run(ExternalTool.PdfToText, ["-bbox", "-f", number, "-l", number, pdf, "-"], pdf, TimeSpan.FromSeconds(60));
        Assert.Equal(0, result.ExitCode);
        var size = PagePattern().Match(result.StandardOutput);
        Assert.True(size.Success, "pdftotext -bbox gave no page element");
        var words = WordPattern().Matches(result.StandardOutput)
            .Select(m => new PopplerWord(System.Net.WebUtility.HtmlDecode(m.Groups[5].Value),
                N(m.Groups[1].Value), N(m.Groups[2].Value), N(m.Groups[3].Value), N(m.Groups[4].Value)))
            .ToArray();
        return (N(size.Groups[1].Value), N(size.Groups[2].Value), words);
    }

    private static double N(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex("""<page width="([\d.]+)" height="([\d.]+)">""")]
    private static partial Regex PagePattern();

    [GeneratedRegex("""<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>""")]
    private static partial Regex WordPattern();
}
