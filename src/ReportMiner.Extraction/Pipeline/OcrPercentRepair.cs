using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Pipeline;

/// <summary>
/// Tesseract's Chinese model reads the '%' after a number as "9%6" ("执行率93.869%6" for 93.86%, "1009%6" for 100%) or
/// as "96" ("执行率为10096" for 100%). The first is never a number's writing and is put back to '%' wherever it stands
/// after a digit; the second only straight after a rate word (率, 率为, 率达到), when the number read is no rate (over
/// 100) and the number without the "96" is one.
/// </summary>
public static partial class OcrPercentRepair
{
    public static string Repair(string text)
    {
        if (text.IndexOf('%', StringComparison.Ordinal) < 0 && text.IndexOf("96", StringComparison.Ordinal) < 0) return text;
        var repaired = NinePercentSix().Replace(text, "%");
        repaired = RateReadWithSix().Replace(repaired, m =>
        {
            var rate = double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            var asRead = double.Parse(m.Groups["n"].Value + "96", CultureInfo.InvariantCulture);
            return rate <= 100 && asRead > 100 ? m.Groups["word"].Value + m.Groups["n"].Value + "%" : m.Value;
        });
        return string.Equals(repaired, text, StringComparison.Ordinal) ? text : repaired;
    }

    [GeneratedRegex(@"(?<=\d)9%6(?![\d.])")]
    private static partial Regex NinePercentSix();

    [GeneratedRegex(@"(?<word>率(?:为|是|达|达到)?[:：]?\s?)(?<n>\d{1,3}(?:\.\d{1,2})?)96(?![\d.%])")]
    private static partial Regex RateReadWithSix();
}
