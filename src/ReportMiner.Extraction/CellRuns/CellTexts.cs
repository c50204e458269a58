using System.Text.RegularExpressions;
using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.CellRuns;

/// <summary>What a rebuilt block's cells hold, whether they stood one per line or spaced apart on one line.</summary>
internal static partial class CellTexts
{
    /// <summary>A figure: 130, 1,234.5, -3, 100%, 57万元.</summary>
    public static bool IsFigure(string text) => Figure().IsMatch(TextKey.Of(text));

    /// <summary>An amount a form's filler wrote in 万 for 万元 (150万, 5.8万): a money cell, not a count.</summary>
    public static bool InTenThousands(string text) => TenThousands().IsMatch(TextKey.Of(text));

    /// <summary>A figure, or an amount in 万 (150万, 125.25万 under a form's money headings: R040's page, R398's cells).</summary>
    public static bool IsAmount(string text) => IsFigure(text) || InTenThousands(text);

    /// <summary>
    /// Whether an amount line with another right below it stands at <paramref name="at"/>: the figures of a money table's
    /// row one per line (年度资金总额 / 43.2 / 43.2 / 37.24), not one label's amount.
    /// </summary>
    public static bool StartsAmountRun(IReadOnlyList<DocItem> items, int at) =>
        at + 1 < items.Count && CellLine.TextOf(items[at]) is { } first && IsAmount(first)
        && CellLine.TextOf(items[at + 1]) is { } second && IsAmount(second);

    /// <summary>A label ending in its colon ("预算数:", "年度资金总额："): the form's next cell is its value.</summary>
    public static bool EndsInColon(string text) => text.TrimEnd() is [.., ':' or '：'];

    /// <summary>A mark written in an empty cell: /, -, —, \.</summary>
    public static bool IsFiller(string text) => Filler().IsMatch(TextKey.Of(text));

    /// <summary>A short bracketed note of a key: (万元), (20分).</summary>
    public static bool IsNote(string key) => Note().IsMatch(key);

    /// <summary>
    /// The spaced cells of a plain line, or null where the line cannot be one: a table row, a line with tabs (a real
    /// table's row), a text longer than <paramref name="longestLine"/>, a line without a space between words.
    /// </summary>
    public static List<string>? SpacedCellsOf(DocItem item, int longestLine) =>
        item.IsRow || item.Text.Contains('\t') || item.Text.Length > longestLine || !item.Text.Trim().Contains(' ') && !item.Text.Contains('\u3000')
            ? null : SpacedCells.Of(item.Text);

    [GeneratedRegex(@"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:%|万元|元|亿元)?$")]
    private static partial Regex Figure();

    [GeneratedRegex(@"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?万$")]
    private static partial Regex TenThousands();

    [GeneratedRegex(@"^(?:/|-|—|——|－|\\)$")]
    private static partial Regex Filler();

    [GeneratedRegex(@"^[（(][^（()）]{1,12}[)）]$")]
    private static partial Regex Note();
}
