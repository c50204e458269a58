using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Pipeline;

/// <summary>
/// Tesseract's Chinese model reads the '%' after a number as "9%6" ("执行率93.869%6" for 93.86%, "1009%6" for 100%,
/// "909%6" for 90%) or as "96" ("合格率至少达到9896", "实现产值(96)"). A '%' followed by a digit is no number's
/// writing, so "9%6" after a digit is put back to '%'. "96" alone is put back only where a number cannot stand: as a
/// name's unit in brackets, or ending a rate's value that, read as written, would exceed 100 ("故障率低于596").
/// </summary>
public static partial class OcrPercentRepair
{
    public static string Repair(string text)
    {
        if (!text.Contains('9', StringComparison.Ordinal)) return text;
        var repaired = text.Contains("9%6", StringComparison.Ordinal) ? NinePercentSix().Replace(text, "%") : text;
        repaired = BracketedUnit().Replace(repaired, "$1%$2");
        repaired = RateValue().Replace(repaired, "$1%");
        return string.Equals(repaired, text, StringComparison.Ordinal) ? text : repaired;
    }

    [GeneratedRegex(@"(?<=\d)9%6(?![\d.])")]
    private static partial Regex NinePercentSix();

    [GeneratedRegex(@"(?<=[\u4e00-\u9fa5])([(（])96([)）])")]
    private static partial Regex BracketedUnit();

    // The value comes straight after the rate's name and a linking word; what follows it ends the clause, so "人次",
    // "元" or another digit (a count, an amount) never takes the '%'. The value read as written is at least 196,
    // no rate's percentage, and what stands before "96" is a whole or one-decimal number of at most 100.
    [GeneratedRegex(@"(?<=(?:率|满意度)(?:为|达|达到|达到了|均为|均达到|低于|高于|不低于|不高于|至少达到|保持在|控制在|超过|≥|≤|>|<|:|：)?\s?)((?:100|[1-9]\d?)(?:\.\d)?)96(?=$|[，,。；;、)）\s]|以上|以下|以内|左右)")]
    private static partial Regex RateValue();
}
