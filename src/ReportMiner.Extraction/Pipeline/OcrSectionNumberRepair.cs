using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Pipeline;

/// <summary>
/// Tesseract's Chinese model reads a section number's opening bracket and numeral as one character: "(二)" as "亿)",
/// "(三)" as "伺)" ("亿)项目绩效指标完成情况"). Neither character opens a line of Chinese before a bracket, so there
/// the section number is put back; anywhere else the characters are left as read.
/// </summary>
public static partial class OcrSectionNumberRepair
{
    public static string Repair(string text) =>
        text.Contains('亿', StringComparison.Ordinal) || text.Contains('伺', StringComparison.Ordinal)
            ? SectionNumber().Replace(text, m => m.Groups[1].Value == "亿" ? "(二)" : "(三)")
            : text;

    [GeneratedRegex(@"(?<=(?:^|\n)[ \t]*)([亿伺])[)）](?=\s*[\u4e00-\u9fa5])")]
    private static partial Regex SectionNumber();
}
