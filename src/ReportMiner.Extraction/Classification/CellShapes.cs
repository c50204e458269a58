using System.Globalization;
using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Classification;

/// <summary>
/// What kind of cell a table cell is, as one token: a framework level label, a header word, a comparator with a
/// figure, a percentage, bare points, a unit, a yes/no, a short, mid-length or long text. A row's sequence of these
/// tokens is its shape: an indicator row of the national form reads LEVEL1 LEVEL2 LABEL COMPARED PERCENT SMALLINT.
/// </summary>
public static class CellShapes
{
    public const string Empty = "EMPTY";
    public const string Level1 = "LEVEL1";
    public const string Level2 = "LEVEL2";
    private const int ShortText = 4;
    private const int LongText = 24;
    private const int LongestHeaderWord = 10;
    private const double LargestPoints = 100;

    public static string KindOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = TextKey.Of(text);
        if (key.Length == 0) return Empty;
        var digits = key.Any(char.IsAsciiDigit);
        if (!digits && (IndicatorFramework.IsLevel1Label(key) || EvaluationLevels.IsLevel1Word(key))) return Level1;
        if (!digits && (IndicatorFramework.IsLevelLabel(key) || EvaluationLevels.IsLevel2Word(key))) return Level2;
        if (IndicatorNames.IsBarePlaceholder(key)) return "SLOT";
        if (CellKinds.IsComparator(key)) return "COMPARATOR";
        if (CellKinds.IsYesNo(key)) return "YESNO";
        if (CellKinds.IsNumber(key))
            return double.TryParse(key, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= 0 && n <= LargestPoints ? "SMALLINT" : "NUMBER";
        if (digits && CellKinds.IsValue(key))
            return key.IndexOfAny(['≥', '≤', '>', '<', '=', '≧', '≦']) >= 0 ? "COMPARED" : key.EndsWith('%') ? "PERCENT" : "QUANTITY";
        if (!digits && key.Length <= LongestHeaderWord && HeaderSemantics.RoleOf(key) != ColumnRole.None) return "HEADER";
        if (key.Length <= ShortText) return digits ? "SHORTNUM" : "SHORT";
        if (key.Length > LongText) return "LONG";
        return digits ? "LABELNUM" : "LABEL";
    }
}
