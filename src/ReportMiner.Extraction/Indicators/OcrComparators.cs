using System.Globalization;
using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// OCR reads the comparator in front of a target as a character: ≥/≧ becomes 三 or 2 ("三20000亩", "290%",
/// "2300户" beside an actual of 300户). Only for text recognised from images: a 2 is put back to ≥ when the rest is a
/// rate over 100% with it and a plain rate without it, or when the rest is exactly the row's actual value.
/// </summary>
public static partial class OcrComparators
{
    public static string? RepairTarget(string? target, string? actual)
    {
        if (target is null) return null;
        var key = TextKey.Of(target);
        if (ThreeForGreater().Match(key) is { Success: true } three) return "≥" + three.Groups["rest"].Value;
        if (TwoForGreater().Match(key) is not { Success: true } two) return target;
        var rest = two.Groups["rest"].Value;
        var number = double.Parse(two.Groups["n"].Value, CultureInfo.InvariantCulture);
        var percent = two.Groups["unit"].Value == "%";
        var asWritten = double.Parse("2" + two.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (percent && asWritten > 100 && number <= 100) return "≥" + rest;
        if (actual is not null && TextKey.Of(actual) == rest) return "≥" + rest;
        return target;
    }

    [GeneratedRegex(@"^三(?<rest>\d.*)$")]
    private static partial Regex ThreeForGreater();

    [GeneratedRegex(@"^2(?<rest>(?<n>(?!0)\d+(?:\.\d+)?)(?<unit>[%\u4e00-\u9fa5]{0,3}))$")]
    private static partial Regex TwoForGreater();
}
