using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Pipeline;

/// <summary>
/// Tesseract's Chinese model reads 年 after a year as "4F" ("2018 4F 12月", "20254F"). A year followed by "4F" is
/// no code's writing, so the 年 is put back.
/// </summary>
public static partial class OcrYearRepair
{
    public static string Repair(string text) =>
        text.Contains("4F", StringComparison.Ordinal) ? YearChar().Replace(text, "$1年") : text;

    [GeneratedRegex(@"(?<![\dA-Za-z])((?:19|20)\d\d) ?4F(?![A-Za-z\d]) ?")]
    private static partial Regex YearChar();
}
