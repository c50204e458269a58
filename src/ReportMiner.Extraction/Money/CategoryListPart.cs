using ReportMiner.Extraction.Projects;

namespace ReportMiner.Extraction.Money;

/// <summary>
/// "支出合计833.84万元，其中：基本支出121.86万元，占14.61%；项目支出711.98万元": a 其中 that lists a unit's spending
/// categories (基本支出, 项目支出, 人员经费, 公用经费 …) goes on past a semicolon; the category after it is one more part of
/// the whole, not the project's own budget or spending. Department reports and accounts write their spending split so.
/// </summary>
public static class CategoryListPart
{
    /// <summary>Whether the amount at <paramref name="at"/>, with the words <paramref name="clause"/> before it, continues such a list.</summary>
    public static bool Is(string text, int at, string clause)
    {
        if (!Names(clause) || at == 0) return false;
        var reach = Math.Min(at, MaxSentence);
        var window = text.AsSpan(at - reach, reach);
        var sentence = at - reach + window.LastIndexOfAny('。', '\n') + 1;
        var semicolon = text.AsSpan(sentence, at - sentence).LastIndexOfAny('；', ';');
        if (semicolon < 0) return false;
        semicolon += sentence;
        var among = text.LastIndexOf("其中", semicolon, semicolon - sentence, StringComparison.Ordinal);
        // The list must have opened with categories: "其中：中央资金100万元；项目支出90万元" may state the project's spending.
        return among >= 0 && Names(text[among..semicolon]);
    }

    private static bool Names(string words) => SpendingCategories.Names.Any(c => words.Contains(c, StringComparison.Ordinal));

    private const int MaxSentence = 600;
}
