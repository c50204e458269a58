using System.Collections.Frozen;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// The one place where header text gets its meaning: 一级指标/二级指标/三级指标/指标名称, 年度指标值/目标值,
/// 指标性质, 度量单位, 实际完成值, 分值/权重, 得分, 是否达标, 完成率, 评分标准, 偏差原因. Longer, more specific
/// words win. Header rows are recognised from the whole row (short label cells, no values), so body text that
/// happens to contain a header word ("未达指标值酌情扣分") cannot start a table.
/// </summary>
public static class HeaderSemantics
{
    // Ordered (Data/header-phrases.tsv): the first phrase a header contains decides its role.
    private static readonly (string Phrase, ColumnRole Role)[] Phrases = EmbeddedData.Lines("Indicators.Data.header-phrases.tsv")
        .Select(l => l.Split('\t'))
        .Select(f => f.Length == 2 && Enum.TryParse<ColumnRole>(f[1], out var role) && role != ColumnRole.None
            ? (f[0], role) : throw new InvalidDataException("header-phrases.tsv needs phrase, role: " + string.Join('\t', f)))
        .ToArray();

    /// <summary>Roles that hold an indicator's numbers; a header needs a name column and one of these.</summary>
    private static readonly ColumnRole[] ValueRoles = [ColumnRole.Target, ColumnRole.Actual, ColumnRole.Rate, ColumnRole.Weight, ColumnRole.Score];

    private const int LongestHeader = 24;
    private const int LongestWrappedRest = 8;

    public static ColumnRole RoleOf(string header) => Match(header).Role;

    /// <summary>Every header phrase of the list, in its order.</summary>
    public static IEnumerable<string> PhraseWords => Phrases.Select(p => p.Phrase);

    /// <summary>True when the text is the start of a header phrase ("全年" of 全年实际, "二级" of 二级指标): a header cell
    /// that an export cut in two.</summary>
    public static bool StartsPhrase(string text)
    {
        var key = TextKey.Of(text);
        return key.Length >= 2 && Phrases.Any(p => p.Phrase.Length > key.Length && p.Phrase.StartsWith(key, StringComparison.Ordinal));
    }

    /// <summary>
    /// The longest header phrase of the list that starts at <paramref name="at"/> and the role it names, or null: how a
    /// header glued into one run of text ("三级指标年度指标值全年实际值得分") is read word by word.
    /// </summary>
    public static (string Phrase, ColumnRole Role)? PhraseAt(string text, int at)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (at < 0 || at >= text.Length || !PhrasesByFirst.TryGetValue(text[at], out var candidates)) return null;
        (string Phrase, ColumnRole Role)? found = null;
        foreach (var i in candidates)
            if (Phrases[i].Phrase.Length > (found?.Phrase.Length ?? 0) && text.AsSpan(at).StartsWith(Phrases[i].Phrase, StringComparison.Ordinal))
                found = Phrases[i];
        return found;
    }

    /// <summary>The header phrase that decides a header's role ("指标值" for "年度指标值（A）"), or null.</summary>
    public static string? PhraseOf(string header) => Match(header).Phrase;

    private static (string? Phrase, ColumnRole Role) Match(string header)
    {
        var key = TextKey.Of(header);
        if (key.Length == 0) return (null, ColumnRole.None);
        if (key.Length > LongestHeader) return GluedIntoNameColumn(key);
        if (key is "单位" or "(单位)") return (key, ColumnRole.Unit);
        // A level label of the national framework ("产出指标", "数量指标（20分）") is a row's content, not a header.
        if (IndicatorFramework.IsLevelLabel(key)) return (null, ColumnRole.None);
        // "指标1：接通率" is a filled-in template slot, not a header.
        if (IndicatorNames.WithoutPlaceholder(key) != key) return (null, ColumnRole.None);
        var first = FirstPhraseIn(key);
        return first < Phrases.Length ? Phrases[first] : (null, ColumnRole.None);
    }

    private const int LongestLevelLabel = 10;

    /// <summary>
    /// A PDF's text layer puts the header words of the level columns, and the level labels spanning the rows below,
    /// into the cell of the name column that ends the run ("一级指标 二级指标 数量指标 产出指标 绩 效 指 标 质量指标 三级指标"):
    /// a long cell made of nothing but header words and level labels, whose last header word names the name column,
    /// is that column.
    /// </summary>
    private static (string? Phrase, ColumnRole Role) GluedIntoNameColumn(string key)
    {
        (string? Phrase, ColumnRole Role) last = (null, ColumnRole.None);
        var levels = false;
        for (var at = 0; at < key.Length;)
        {
            if (PhraseAt(key, at) is { } phrase)
            {
                levels |= phrase.Role is ColumnRole.Level1 or ColumnRole.Level2;
                last = phrase;
                at += phrase.Phrase.Length;
                continue;
            }
            var label = Enumerable.Range(2, Math.Min(LongestLevelLabel, key.Length - at) - 1).Reverse()
                .FirstOrDefault(n => IndicatorFramework.IsLevelLabel(key.Substring(at, n)));
            if (label == 0) return (null, ColumnRole.None);
            at += label;
        }
        return levels && last.Role == ColumnRole.Name ? last : (null, ColumnRole.None);
    }

    // Phrase positions in the list by first character: a key is checked only against the phrases that can start at
    // each of its characters, where a scan of the list searched it once per phrase.
    private static readonly FrozenDictionary<char, int[]> PhrasesByFirst = Enumerable.Range(0, Phrases.Length)
        .GroupBy(i => Phrases[i].Phrase[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    /// <summary>The position in the list of the first phrase the key contains, or the list's length.</summary>
    private static int FirstPhraseIn(string key)
    {
        var first = Phrases.Length;
        for (var at = 0; at < key.Length; at++)
            if (PhrasesByFirst.TryGetValue(key[at], out var candidates))
                foreach (var i in candidates)
                    if (i < first && key.AsSpan(at).StartsWith(Phrases[i].Phrase, StringComparison.Ordinal)) first = i;
        return first;
    }

    /// <summary>
    /// True when a row can be (part of) a header: two or more different cells name roles, and every filled cell is
    /// a short label without numbers unless it names a role itself ("分值（100分）"). Rows of values never qualify.
    /// </summary>
    public static bool IsLabelRow(IReadOnlyList<string> cells)
    {
        var named = new HashSet<string>();
        foreach (var cell in cells)
        {
            var key = TextKey.Of(cell);
            if (key.Length == 0) continue;
            var role = RoleOf(cell);
            if (role != ColumnRole.None) { named.Add(key); continue; }
            // A side label may carry the points of its part ("年度绩效目标（80分）"); other numbers mean values.
            if (key.Length > LongestHeader || IndicatorFramework.WithoutPoints(key).Any(char.IsAsciiDigit) || IndicatorFramework.IsLevelLabel(key)) return false;
        }
        return named.Count >= 2;
    }

    /// <summary>
    /// True when a row can be one line of header cells that wrapped at an arbitrary character ("一级" / "指标",
    /// "年度指" / "标值", "绩效指标(" / "90分)"): its filled cells are short label fragments, without numbers other
    /// than points or framework level labels. Whether
    /// it is one is decided by joining it to the row above (<see cref="IndicatorHeader"/>), never by this row alone.
    /// </summary>
    public static bool IsWrappedRest(IReadOnlyList<string> cells)
    {
        var filled = 0;
        foreach (var cell in cells)
        {
            var key = TextKey.Of(cell);
            if (key.Length == 0) continue;
            if (key.Length > LongestWrappedRest || IndicatorFramework.WithoutPoints(key).Any(char.IsAsciiDigit) || IndicatorFramework.IsLevelLabel(key)) return false;
            filled++;
        }
        return filled >= 2;
    }

    /// <summary>The column of each role in a one-row header, or null when the row is not an indicator header.</summary>
    /// <param name="spansDown">True for a column whose header cell also covers the rows below: a side label such
    /// as "绩效指标", not a column header.</param>
    public static IReadOnlyDictionary<ColumnRole, int>? Read(IReadOnlyList<string> cells, Func<int, bool>? spansDown = null) =>
        IndicatorHeader.FromRows([cells], spansDown)?.Roles;

    /// <summary>The role map of composed header columns, or null when they do not make an indicator header.</summary>
    /// <param name="valuesRequired">False for a header whose value columns are still to be found from its rows
    /// (<see cref="PointsColumns"/>): a name column is then enough.</param>
    internal static Dictionary<ColumnRole, int>? Roles(IReadOnlyList<HeaderColumn> columns, bool valuesRequired = true)
    {
        var roles = new Dictionary<ColumnRole, int>();
        var nameRank = int.MaxValue;
        for (var c = 0; c < columns.Count; c++)
        {
            var (text, role, sideLabel) = columns[c];
            if (role == ColumnRole.None || sideLabel || IsLongTermBesideYear(columns, c)) continue;
            if (c > 0 && columns[c - 1].Text == text && columns[c - 1].Role == role) continue;
            if (role == ColumnRole.Name)
            {
                // 三级指标 beats 指标名称 beats a generic "绩效指标" label column.
                var rank = NameRank(text);
                if (rank < nameRank) { nameRank = rank; roles[role] = c; }
                continue;
            }
            roles.TryAdd(role, c);
        }
        // A two-level form (一级指标 | 二级指标 | 指标值): the last level column holds the indicators themselves.
        if (!roles.ContainsKey(ColumnRole.Name) && roles.Remove(ColumnRole.Level2, out var last)) roles[ColumnRole.Name] = last;
        // A score table at the top level only (一级指标 | 分值 | 得分; 评价准则 | 权重 | 得分): its one level column lists
        // what was scored, so that column holds the indicators.
        if (!roles.ContainsKey(ColumnRole.Name) && (roles.ContainsKey(ColumnRole.Weight) || roles.ContainsKey(ColumnRole.Score))
            && roles.Remove(ColumnRole.Level1, out var only)) roles[ColumnRole.Name] = only;
        if (!roles.ContainsKey(ColumnRole.Name) || valuesRequired && !(ValueRoles.Any(roles.ContainsKey) || roles.ContainsKey(ColumnRole.TargetOp))) return null;
        PreferValuesRightOfName(columns, roles);
        LevelLeftOfName(columns, roles);
        if (!roles.ContainsKey(ColumnRole.Actual) && roles.TryGetValue(ColumnRole.Rate, out var rate))
            roles[ColumnRole.Actual] = rate;
        // 指标方向 followed by columns named after places or periods instead of 指标值: the first of them holds the value.
        if (!roles.ContainsKey(ColumnRole.Target) && roles.TryGetValue(ColumnRole.TargetOp, out var op))
        {
            var value = Enumerable.Range(op + 1, Math.Max(0, columns.Count - op - 1))
                .FirstOrDefault(c => columns[c].Role == ColumnRole.None && TextKey.Of(columns[c].Text).Length > 0, -1);
            if (value >= 0) roles[ColumnRole.Target] = value;
        }
        return roles;
    }

    private static readonly string[] LongTermWords = EmbeddedData.Lines("Indicators.Data.long-term-periods.tsv").ToArray();

    /// <summary>
    /// A column of the plan period's goals ("三级指标(长期)") where another column names the same role without the period
    /// ("三级指标(年度)"): a target form that prints both sets side by side reports the year's, and a long-term set is
    /// often left blank.
    /// </summary>
    private static bool IsLongTermBesideYear(IReadOnlyList<HeaderColumn> columns, int c)
    {
        if (!IsLongTerm(columns[c].Text)) return false;
        for (var other = 0; other < columns.Count; other++)
            if (other != c && columns[other].Role == columns[c].Role && !IsLongTerm(columns[other].Text)) return true;
        return false;
    }

    private static bool IsLongTerm(string header)
    {
        var key = TextKey.Of(header);
        return LongTermWords.Any(w => key.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>
    /// A level-1 column groups the rows from left of their name: a header word of the level column standing after the
    /// name (三级指标 | 指标类型 | 指标值) heads the kind of value written there, 定量 or 定性, not a level. Left of the name,
    /// a level word (一级指标) beats a word for the kind of indicator (指标类型, Data/indicator-kind-headers.tsv), which heads
    /// the level column only in forms that have no other (review59 M4: 一级指标 | … | 指标类型 | 年度指标值).
    /// </summary>
    private static void LevelLeftOfName(IReadOnlyList<HeaderColumn> columns, Dictionary<ColumnRole, int> roles)
    {
        if (!roles.ContainsKey(ColumnRole.Level1)) return;
        var left = Enumerable.Range(0, roles[ColumnRole.Name])
            .Where(c => columns[c].Role == ColumnRole.Level1 && !columns[c].SideLabel).ToList();
        var chosen = left.Where(c => !IsIndicatorKindHeader(columns[c].Text)).DefaultIfEmpty(left.DefaultIfEmpty(-1).First()).First();
        if (chosen < 0) roles.Remove(ColumnRole.Level1);
        else roles[ColumnRole.Level1] = chosen;
    }

    private static readonly FrozenSet<string> IndicatorKindHeaders =
        EmbeddedData.Lines("Indicators.Data.indicator-kind-headers.tsv").Select(l => l.Trim()).ToFrozenSet(StringComparer.Ordinal);

    private static bool IsIndicatorKindHeader(string header) => PhraseOf(header) is { } phrase && IndicatorKindHeaders.Contains(phrase);

    /// <summary>
    /// A value column left of the name (a project's 年度目标 spanning all its indicator rows, in a form that lists
    /// projects and their indicators side by side) gives way to a column of the same role right of the name: an
    /// indicator's values follow its name.
    /// </summary>
    private static void PreferValuesRightOfName(IReadOnlyList<HeaderColumn> columns, Dictionary<ColumnRole, int> roles)
    {
        var name = roles[ColumnRole.Name];
        foreach (var role in roles.Keys.Where(r => r != ColumnRole.Name && roles[r] < name).ToList())
        {
            var right = Enumerable.Range(name + 1, Math.Max(0, columns.Count - name - 1))
                .FirstOrDefault(c => columns[c].Role == role && !columns[c].SideLabel, -1);
            if (right >= 0) roles[role] = right;
        }
    }

    /// <summary>
    /// The role of a lower header cell under an upper one (年度指标值 over 指标性质 | 指标值 | 度量单位), or null when
    /// the lower cell cannot be a sub-column of the upper.
    /// </summary>
    internal static ColumnRole? ChildRole(ColumnRole parent, ColumnRole child) => (parent, child) switch
    {
        (ColumnRole.Name, ColumnRole.Level1 or ColumnRole.Level2 or ColumnRole.Name) => child,
        (ColumnRole.Target, ColumnRole.TargetOp or ColumnRole.Target or ColumnRole.Unit or ColumnRole.ValueType or ColumnRole.Actual) => child,
        (ColumnRole.Target or ColumnRole.Actual, ColumnRole.None) => parent,
        (ColumnRole.Actual, ColumnRole.Target or ColumnRole.Actual) => ColumnRole.Actual,
        (ColumnRole.Actual, ColumnRole.Unit or ColumnRole.Rate) => child,
        _ when parent == child => child,
        _ => null,
    };

    private static int NameRank(string text)
    {
        var key = TextKey.Of(text);
        return Array.FindIndex(Phrases, p => p.Role == ColumnRole.Name && key.Contains(p.Phrase, StringComparison.Ordinal)) is var i and >= 0 ? i : int.MaxValue - 1;
    }
}
