using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// The level labels and indicator names of a table whose text layer came out as one run of words, without the values
/// ("数量指标 产出指标 绩 效 指 标 经费使用率 质量指标 经费完成情况 时效指标 …"): a PDF's text keeps each cell but not
/// where it stood. Header words and the side label (绩效指标) are passed over; a lone character after a name is the
/// end of that name, wrapped in its cell ("与委托运营方合同完成 率"). The run reads as indicators only when it
/// writes as many names as level-2 labels — one indicator under each level 2, in the order both were written.
/// </summary>
public static class FlattenedNameRun
{
    private const int ShortestName = 2;

    /// <summary>One indicator's levels and name, in the order the run writes them.</summary>
    public sealed record Entry(string? Level1, string Level2, string Name);

    /// <summary>The run's indicators, or null when it writes any value, or its names and level-2 labels disagree in number.</summary>
    public static IReadOnlyList<Entry>? Read(IEnumerable<string> words)
    {
        var level1s = new List<string>();
        var level2s = new List<string>();
        var names = new List<string>();
        foreach (var word in JoinSingleCharacters(words))
        {
            var key = TextKey.Of(word);
            if (key.Length == 0) continue;
            if (IndicatorFooters.OfText(word) is not null) break;
            if (IsSideLabel(key) || IsPageMarker(key)) continue;
            if (key.Length == 1)
            {
                // The end of the name before it, wrapped in its cell.
                if (names.Count == 0 || !TextKey.IsHan(key[0])) return null;
                names[^1] += word;
                continue;
            }
            if (IndicatorFramework.IsLevelLabel(word))
            {
                var label = IndicatorFramework.LevelText(word);
                if (IndicatorFramework.IsLevel1Label(label)) level1s.Add(label);
                else level2s.Add(label);
                continue;
            }
            // Header words stand before the first name; after it a word that holds one (经费完成情况) is a name.
            if (names.Count == 0 && HeaderSemantics.RoleOf(word) != ColumnRole.None) continue;
            if (key.Any(char.IsAsciiDigit) || !CellKinds.IsLabel(word) || key.Length < ShortestName) return null;
            names.Add(IndicatorNames.Clean(word));
        }
        if (names.Count == 0 || names.Count != level2s.Count) return null;
        return names.Select((name, i) => new Entry(Level1For(level2s[i], level1s), level2s[i], name)).ToList();
    }

    private const string SideLabel = "绩效指标";

    // A PDF's text spaces out the characters of a label written down a narrow cell ("绩 效 指 标"); a name's wrapped
    // end may stand alone just before them ("完成 率 绩 效 指 标").
    private static IEnumerable<string> JoinSingleCharacters(IEnumerable<string> words)
    {
        var pending = string.Empty;
        foreach (var word in words.Select(w => w.Trim()).Where(w => w.Length > 0))
        {
            if (word.Length == 1 && TextKey.IsHan(word[0])) { pending += word; continue; }
            foreach (var part in AroundSideLabel(pending)) yield return part;
            pending = string.Empty;
            yield return word;
        }
        foreach (var part in AroundSideLabel(pending)) yield return part;
    }

    private static IEnumerable<string> AroundSideLabel(string characters)
    {
        var at = characters.IndexOf(SideLabel, StringComparison.Ordinal);
        var parts = at < 0 ? [characters] : new[] { characters[..at], SideLabel, characters[(at + SideLabel.Length)..] };
        return parts.Where(p => p.Length > 0);
    }

    private static bool IsSideLabel(string key) => key is SideLabel or "年度绩效指标";

    private static bool IsPageMarker(string key) => key.Trim('-', '—', '－').All(char.IsAsciiDigit);

    // The level 1 the run itself writes for this level 2 (效益指标 or 效果指标, as the form's year had it), else the framework's.
    private static string? Level1For(string level2, List<string> written) =>
        written.FirstOrDefault(l => TextKey.Of(l) == IndicatorFramework.Level1Of(level2))
        ?? written.FirstOrDefault(l => IndicatorFramework.CanHold(l, level2))
        ?? IndicatorFramework.Level1Of(level2);
}
