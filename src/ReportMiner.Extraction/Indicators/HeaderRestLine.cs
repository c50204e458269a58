using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// The rest of a header row's wrapped cells, written by an export as one line of its own right below the row, its
/// words apart by spaces ("绩效 | 实际" over "目标值 完成值"): the words, or null when the next item is no such line.
/// </summary>
internal static class HeaderRestLine
{
    private const int LongestWord = 8;
    private const int MostWords = 6;

    public static IReadOnlyList<string>? After(IReadOnlyList<DocItem> items, DocItem headerRow)
    {
        var next = headerRow.Index + 1;
        if (headerRow.Index < 0 || next >= items.Count || items[next].IsRow) return null;
        var words = items[next].Text.Split((char[]?)null, MostWords + 1, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length is < 2 or > MostWords) return null;
        // Values, sentences and level labels are rows' content, not the rest of header words.
        return words.All(w => w.Length <= LongestWord && !w.Any(char.IsAsciiDigit) && !IndicatorFramework.IsLevelLabel(w)) ? words : null;
    }
}
