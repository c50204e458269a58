using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Pipeline;

/// <summary>
/// Tesseract's Chinese model reads the '%' after a number as "9%6" ("执行率93.869%6" for 93.86%, "1009%6" for 100%,
/// "909%6" for 90%). A '%' followed by a digit is no number's writing, so "9%6" after a digit is put back to '%'.
/// The same model's "96" for '%' ("执行率为10096") is left as read: digits alone cannot tell it from a number.
/// </summary>
public static partial class OcrPercentRepair
{
    public static string Repair(string text) =>
        text.Contains("9%6", StringComparison.Ordinal) ? NinePercentSix().Replace(text, "%") : text;

    [GeneratedRegex(@"(?<=\d)9%6(?![\d.])")]
    private static partial Regex NinePercentSix();
}
