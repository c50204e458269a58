using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// Reports mark key indicators (核心指标) with "★" or "★★★" before the name; tesseract's Chinese model has no star
/// and reads it as characters (女, 妇女女, 廊女去, 友), so the name no longer matches. The text cannot tell them from a
/// name that really begins with 妇女, but the pixels can: the star is shorter than the line's characters (about
/// three quarters of their height) and read with little confidence. Such words at the start of a line are dropped;
/// a third misread star of "★★★" is often boxed with the line below or read at full height, so after two dropped
/// characters one more lone character read with very little confidence goes too.
/// </summary>
public static class KeyIndicatorStars
{
    /// <summary>Stars come one to three in a row.</summary>
    public const int MaxStars = 3;

    // The star's box is 23–24 px against 30–31 px characters at 200 dpi; "一", "、" and the like are far shorter.
    private const double MinHeightRatio = 0.6;
    private const double MaxHeightRatio = 0.81;
    private const double MaxConfidence = 0.75;
    private const double MaxThirdStarConfidence = 0.35;
    private const int MinRestWords = 2;
    private const double MaxOrdinaryRatio = 1.35;

    public static IReadOnlyList<TsvWord> Strip(IReadOnlyList<TsvWord> words)
    {
        if (Typical(words) is not { } page) return words;
        var dropped = new HashSet<TsvWord>(ReferenceEqualityComparer.Instance);
        foreach (var line in words.GroupBy(w => w.LineKey))
            dropped.UnionWith(Stars(line.OrderBy(w => w.Left).ToList(), page));
        return dropped.Count == 0 ? words : words.Where(w => !dropped.Contains(w)).ToList();
    }

    /// <summary>
    /// The leading words of one line that are misread stars, short beside both the line's characters and the page's
    /// (<paramref name="page"/>: a line whose every character is boxed with the line below looks tall); none when the
    /// line shows no such word.
    /// </summary>
    public static IReadOnlyList<TsvWord> Stars(IReadOnlyList<TsvWord> line, int page)
    {
        if (line.Count < MinRestWords + 1) return [];
        // The first word is left out: it may be the star itself.
        if (Typical(line.Skip(1).ToList()) is not { } typical) return [];
        typical = Math.Min(typical, page);
        var stars = new List<TsvWord>();
        var characters = 0;
        foreach (var word in line)
        {
            if (!IsCjk(word.Text) || characters + word.Text.Length > MaxStars) break;
            var shortAndDoubtful = word.Height >= MinHeightRatio * typical && word.Height <= MaxHeightRatio * typical
                && word.Confidence < MaxConfidence;
            var thirdStar = characters == MaxStars - 1 && word.Text.Length == 1 && word.Confidence < MaxThirdStarConfidence;
            if (!shortAndDoubtful && !thirdStar) break;
            stars.Add(word);
            characters += word.Text.Length;
        }
        // The name goes on after the stars; a sign read as a character before a number ("土 3%" for ±3%) is no star.
        return line.Count - stars.Count >= MinRestWords && IsCjk(line[stars.Count].Text[..1]) ? stars : [];
    }

    /// <summary>
    /// The median height of the Chinese words; tesseract boxes many characters with the line below at half again their
    /// height, so those are left out. Null with fewer than two.
    /// </summary>
    private static int? Typical(IReadOnlyList<TsvWord> words)
    {
        var heights = words.Where(w => IsCjk(w.Text)).Select(w => w.Height).Order().ToList();
        if (heights.Count < MinRestWords) return null;
        var low = heights[(heights.Count - 1) / 3];
        var ordinary = heights.Where(h => h <= MaxOrdinaryRatio * low).ToList();
        return ordinary[ordinary.Count / 2];
    }

    private static bool IsCjk(string text) => text.Length > 0 && text.All(CjkText.IsHan);
}
