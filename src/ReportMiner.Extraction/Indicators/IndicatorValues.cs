using System.Globalization;
using System.Text.RegularExpressions;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>Target and actual cells as quantities; a descriptive actual ("…接通率为94.07%。") gives its stated rate.</summary>
public static partial class IndicatorValues
{
    private const int DescriptiveLength = 10;

    public static Quantity? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var clean = string.Join(' ', text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        if (TextKey.Of(clean) is "" or "无" or "/" or "-" or "—" or "……") return null;
        var q = QuantityParser.Parse(clean);
        if (q?.Value is null && clean.Length > DescriptiveLength && StatedRate().Matches(TextKey.Simplify(clean)) is { Count: > 0 } rates)
        {
            var last = rates[^1];
            return new Quantity(last.Groups["v"].Value + "%", null,
                double.Parse(last.Groups["v"].Value, CultureInfo.InvariantCulture), "%");
        }
        return q;
    }

    public static double? Number(string? text) =>
        text is not null && CellKinds.IsNumber(text) ? double.Parse(TextKey.Of(text), CultureInfo.InvariantCulture) : null;

    /// <summary>A weight cell: points ("15"), or a share of the 100 points ("15%") as some provinces print 权重.</summary>
    public static double? Weight(string? text) =>
        text is not null && TextKey.Of(text) is { Length: > 1 } key && key.EndsWith('%') ? Number(key[..^1]) : Number(text);

    [GeneratedRegex(@"(?<v>\d+(?:\.\d+)?)\s*%")]
    private static partial Regex StatedRate();
}
