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
        if (IsEmptyMark(clean) || IsKindOnly(clean)) return null;
        var q = QuantityParser.Parse(clean);
        if (q?.Value is null && clean.Length > DescriptiveLength && StatedRate().Matches(TextKey.Simplify(clean)) is { Count: > 0 } rates)
        {
            var last = rates[^1];
            return new Quantity(last.Groups["v"].Value + "%", null,
                double.Parse(last.Groups["v"].Value, CultureInfo.InvariantCulture), "%");
        }
        return q;
    }

    /// <summary>
    /// A target written across columns: 指标性质 (≥ ≤ ＝ 定性), 指标值 and 度量单位 make one quantity ("≥" "95" "%"
    /// → "≥95%"). 定性/定量 in the comparator column says what kind of value it is, not how to compare.
    /// </summary>
    public static Quantity? Compose(string? op, string? value, string? unit)
    {
        if (op is null && unit is null) return Read(value);
        var v = (value ?? string.Empty).Trim();
        if (IsEmptyMark(v)) return null;
        var o = TextKey.Of(op ?? string.Empty);
        var u = (unit ?? string.Empty).Trim();
        var prefix = CellKinds.IsComparator(o) && o is not ("定性" or "定量") && !StartsWithComparator(v) ? op!.Trim() : string.Empty;
        var suffix = u.Length > 0 && CellKinds.IsUnit(u) && CellKinds.IsNumber(v) ? u : string.Empty;
        return Read(prefix + v + suffix);
    }

    /// <summary>An actual cell read with the unit of its row's 度量单位 column when it has none of its own.</summary>
    public static Quantity? WithUnit(Quantity? quantity, string? unit) =>
        quantity is { Value: not null, Unit: null } && unit is not null && CellKinds.IsUnit(unit) && TextKey.Of(unit) is var u && u.Length > 0
            ? quantity with { Unit = TextKey.Of(unit) } : quantity;

    /// <summary>
    /// A cell that says "nothing here": blank, 无, a slash or a dash. Text recognition reads a printed dash as
    /// 一 (or 一一), and a lone 一 is never a form's value: a count of one is written 1.
    /// </summary>
    internal static bool IsEmptyMark(string text) =>
        TextKey.Of(text) is "" or "无" or "/" or "-" or "--" or "—" or "——" or "……" or "一" or "一一";

    /// <summary>
    /// A 指标性质 / 指标方向 cell read in the value's place: a comparator sign alone (≥ of "≥ | 75 | %"), or the kind of
    /// value (定量, 定量指标) that the value column beside it fills (R138, R139, R212, R295).
    /// </summary>
    private static bool IsKindOnly(string text)
    {
        var key = TextKey.Of(text);
        return CellKinds.IsComparator(key) || key.EndsWith("指标", StringComparison.Ordinal) && CellKinds.IsComparator(key[..^2]);
    }

    private static bool StartsWithComparator(string text) => text.Length > 0 && "≥≤<>=＝﹦≧≦".Contains(text[0]);

    public static double? Number(string? text) =>
        text is not null && CellKinds.IsNumber(text) ? double.Parse(TextKey.Of(text), CultureInfo.InvariantCulture) : null;

    /// <summary>A weight cell: points ("15", "15分"), or a share of the 100 points ("15%") as some provinces print 权重.</summary>
    public static double? Weight(string? text) =>
        text is not null && TextKey.Of(text) is { Length: > 1 } key && key.EndsWith('%') ? Number(key[..^1]) : Points(text);

    /// <summary>
    /// A 分值 or 得分 cell: a number, or a number with its 分 written after it ("4分", "3.5 分"), as score sheets
    /// of 评价报告 and 事前评估 print their points columns.
    /// </summary>
    public static double? Points(string? text) =>
        text is not null && TextKey.Of(text) is { Length: > 1 } key && key.EndsWith('分') ? Number(key[..^1]) : Number(text);

    [GeneratedRegex(@"(?<v>\d+(?:\.\d+)?)\s*%")]
    private static partial Regex StatedRate();
}
