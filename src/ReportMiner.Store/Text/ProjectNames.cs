using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Store.Text;

/// <summary>
/// The key that makes copies of one report one project in comparisons. Copies disagree on noise around the
/// name — "…项目" against "…项目绩效", the city written before it or not, brackets, script — and, read by
/// OCR, on a character or two inside it.
/// </summary>
public static class ProjectNames
{
    // Words a copy's title adds or drops after the project's own name, longest first.
    private static readonly string[] TrailingNoise =
    [
        "绩效自评报告", "绩效评价报告", "绩效监控报告", "绩效自评表", "绩效目标表", "绩效监控表", "自评报告", "评价报告",
        "自评表", "目标表", "绩效", "自评", "报告", "项目",
    ];

    private const string Punctuation = "()（）[]【】\"'“”‘’《》〈〉<>·・、,，。.:：;；-—_ ";

    public static string Key(string name, string? city)
    {
        var key = new string(ScriptFolding.Fold(name).Where(c => !Punctuation.Contains(c)).ToArray());
        var folded = key;
        foreach (var prefix in new[] { ScriptFolding.Fold(city), CityNames.Key(city) ?? "" }.Where(p => p.Length > 0))
            if (key.StartsWith(prefix, StringComparison.Ordinal) && key.Length > prefix.Length + 1) { key = key[prefix.Length..]; break; }
        for (var trimmed = true; trimmed;)
        {
            trimmed = false;
            foreach (var noise in TrailingNoise)
                if (key.Length > noise.Length + 1 && key.EndsWith(noise, StringComparison.Ordinal)) { key = key[..^noise.Length]; trimmed = true; break; }
        }
        return key.Length > 0 ? key : folded;
    }

    /// <summary>
    /// Keys of one report read with a few characters wrong (OCR): at most one edit per eight characters, none of them
    /// inside a place's name in both keys. Two items of one listing that differ only in their place ("平远县…" and
    /// "蕉岭县…" of one year and budget) are two projects; a misread that breaks a place's name ("平远具…") is still a misread.
    /// </summary>
    public static bool Near(string a, string b)
    {
        var limit = Math.Min(a.Length, b.Length) / 8;
        if (limit == 0) return a == b;
        return EditDistance.Within(a, b, limit) && !EditsAPlace(a, b);
    }

    /// <summary>
    /// Whether an edit of one cheapest alignment of the keys changes a character that is part of a place's name in both
    /// (<see cref="PlaceSpans"/>); a character one key adds counts where the other key's place name stands beside it.
    /// </summary>
    private static bool EditsAPlace(string a, string b)
    {
        var inA = PlaceSpans.Of(a);
        var inB = PlaceSpans.Of(b);
        if (!inA.Contains(true) || !inB.Contains(true)) return false;
        var cost = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) cost[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) cost[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
                cost[i, j] = Math.Min(Math.Min(cost[i - 1, j], cost[i, j - 1]) + 1, cost[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        bool Beside(bool[] covered, int at) => (at > 0 && covered[at - 1]) || (at < covered.Length && covered[at]);
        for (int i = a.Length, j = b.Length; i > 0 || j > 0;)
        {
            if (i > 0 && j > 0 && cost[i, j] == cost[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            {
                if (a[i - 1] != b[j - 1] && inA[i - 1] && inB[j - 1]) return true;
                i--;
                j--;
            }
            else if (i > 0 && cost[i, j] == cost[i - 1, j] + 1)
            {
                if (inA[i - 1] && Beside(inB, j)) return true;
                i--;
            }
            else
            {
                if (inB[j - 1] && Beside(inA, i)) return true;
                j--;
            }
        }
        return false;
    }
}
