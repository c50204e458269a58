using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// The cells of an indicator table that a PDF's stored text glued into one run without any separator
/// ("一级指标二级指标三级指标分值年度指标值全年实际值得分产出指标(40分)数量指标指标1培训人次8300人次300人次8…"):
/// the header is cut where header phrases (Data/header-phrases.tsv) start, and the body where its content changes
/// kind — a level label of the framework with its points, a template slot (指标1), a number with its short unit,
/// or a run of text. The cells are then read as a table flattened with spaces is.
/// </summary>
public static partial class GluedCells
{
    private const int MinHeaderCells = 3;
    private const int LongestHeaderLead = 3;
    private const int LongestHeaderTail = 3;
    // 服务对象满意度指标; longer runs ending in 指标 are text before a label.
    private const int LongestLevelLabel = 10;
    private const int LongestUnit = 3;
    private const int LongestGluedPoints = 2;
    private const int MaxGluedPoints = 30;
    private const int ShortestContinuation = 100;
    private const int LongestRepeatedValue = 6;
    private const int LongestJoined = 20_000;
    // Real headers have at most about fifteen columns; the cap keeps a hostile run of header words linear.
    private const int MaxHeaderCells = 40;

    private static readonly string[] Phrases = HeaderSemantics.PhraseWords.OrderByDescending(p => p.Length).ToArray();

    // The phrases by their first character, longest first as above: a glued text is tried for a phrase at nearly every
    // position, and most characters start none.
    private static readonly FrozenDictionary<char, string[]> PhrasesByFirst =
        Phrases.GroupBy(p => p[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    /// <summary>The cells from the first glued header on, or null when the text holds no run of three header cells.</summary>
    public static List<string>? Of(string text)
    {
        var compact = TextKey.Of(text);
        var headers = new HeaderRuns(compact);
        var start = -1;
        for (var p = 0; p < compact.Length && start < 0; p++)
            if (headers.StartsAt(p)) start = p;
        if (start < 0) return null;
        var tokens = new List<string>();
        var at = start;
        while (at < compact.Length)
        {
            if (headers.StartsAt(at))
            {
                var header = headers.RunAt(at);
                tokens.AddRange(header.Select(h => h.Cell));
                at = header[^1].End;
                continue;
            }
            at = NextBodyCell(compact, at, tokens, headers);
        }
        return tokens;
    }

    /// <summary>
    /// The header cells of one text, each position's cell end and verdict worked out once: a hostile run of header
    /// phrases is then read in time linear in its length.
    /// </summary>
    private sealed class HeaderRuns(string text)
    {
        private const int Unknown = -2;
        private const int None = -1;
        private readonly int[] firstCellEnds = Filled(text.Length);
        private readonly int[] nextCellEnds = Filled(text.Length);
        private readonly bool?[] headers = new bool?[text.Length];
        private readonly bool?[] firstCellNames = new bool?[text.Length];
        private readonly bool?[] nextCellNames = new bool?[text.Length];

        private static int[] Filled(int length)
        {
            var ends = new int[length];
            Array.Fill(ends, Unknown);
            return ends;
        }

        /// <summary>True when an indicator header starts at <paramref name="at"/>: label cells naming a name column among others.</summary>
        public bool StartsAt(int at)
        {
            if (headers[at] is { } known) return known;
            headers[at] = NamesAColumn(at) && RunAt(at).Select(c => c.Cell).ToArray() is { Length: >= MinHeaderCells } cells
                          && HeaderSemantics.IsLabelRow(cells) && IndicatorHeader.FromRows([cells]) is { } header && header.Roles.ContainsKey(ColumnRole.Name);
            return headers[at]!.Value;
        }

        /// <summary>True when a cell of the run from <paramref name="at"/> names the indicator column, each cell's role read once.</summary>
        private bool NamesAColumn(int at)
        {
            for (var (cells, first) = (0, true); cells < MaxHeaderCells && at < text.Length && CellEnd(at, first) is var end and >= 0; cells++, first = false)
            {
                var names = first ? firstCellNames : nextCellNames;
                names[at] ??= HeaderSemantics.RoleOf(text[at..end]) == ColumnRole.Name;
                if (names[at]!.Value) return true;
                at = end;
            }
            return false;
        }

        /// <summary>The header cells that stand one after another from <paramref name="at"/> on; the first without a lead.</summary>
        public List<(string Cell, int End)> RunAt(int at)
        {
            var cells = new List<(string, int)>();
            while (cells.Count < MaxHeaderCells && at < text.Length && CellEnd(at, cells.Count == 0) is var end and >= 0)
            {
                cells.Add((text[at..end], end));
                at = end;
            }
            return cells;
        }

        private int CellEnd(int at, bool first)
        {
            var ends = first ? firstCellEnds : nextCellEnds;
            if (ends[at] == Unknown) ends[at] = HeaderCellAt(text, at, first ? 0 : LongestHeaderLead) ?? None;
            return ends[at];
        }
    }

    /// <summary>The end of the header cell that starts at <paramref name="at"/>: a phrase after a short lead ("未完成"
    /// before 原因), with a short tail up to where the next phrase starts ("值" of 全年实际值), or null.</summary>
    private static int? HeaderCellAt(string text, int at, int longestLead)
    {
        if (LevelLabelEnd(text, at) is not null) return null;
        for (var lead = 0; lead <= longestLead && at + lead < text.Length; lead++)
        {
            if (lead > 0 && (char.IsDigit(text[at + lead - 1]) || LevelLabelEnd(text, at + lead) is not null)) return null;
            if (PhraseAt(text, at + lead) is not { } phrase) continue;
            var end = at + lead + phrase.Length + TailAfter(text, at + lead + phrase.Length);
            end = AfterBracketedTail(text, end);
            var cell = text[at..end];
            return HeaderSemantics.RoleOf(cell) != ColumnRole.None ? end : null;
        }
        return null;
    }

    /// <summary>
    /// How many characters after a phrase still belong to its cell: the rest up to a level label or a number, or a
    /// single character before the next phrase ("值" of 全年实际值); two or more before the next phrase lead that
    /// phrase's cell ("未完成" of 未完成原因).
    /// </summary>
    private static int TailAfter(string text, int at)
    {
        for (var tail = 0; tail <= LongestHeaderTail && at + tail <= text.Length; tail++)
        {
            var k = at + tail;
            if (k == text.Length || char.IsDigit(text[k]) || LevelLabelEnd(text, k) is not null || AfterBracketedTail(text, k) > k) return tail;
            if (PhraseAt(text, k) is not null) return tail <= 1 ? tail : 0;
        }
        return 0;
    }


    /// <summary>
    /// Where a header cell's bracketed note ends ("全年执行数(B)", "执行率(B/A)", "得分系数(%)", "指标权重(分)"): the
    /// note follows the phrase, and glued it would otherwise open the next cell. Not the points of a level label
    /// ("(20分)" before 产出指标), which is body.
    /// </summary>
    private static int AfterBracketedTail(string text, int at)
    {
        if (at >= text.Length || text[at] is not ('(' or '（')) return at;
        for (var k = at + 1; k < text.Length && k - at <= LongestBracketedNote + 1; k++)
        {
            if (text[k] is ')' or '）') return k > at + 1 && !text[(at + 1)..k].Any(char.IsAsciiDigit) ? k + 1 : at;
            if (text[k] is '(' or '（') return at;
        }
        return at;
    }

    private const int LongestBracketedNote = 4;

    private static string? PhraseAt(string text, int at)
    {
        if (at >= text.Length || !PhrasesByFirst.TryGetValue(text[at], out var phrases)) return null;
        foreach (var phrase in phrases)
            if (string.CompareOrdinal(text, at, phrase, 0, phrase.Length) == 0 && at + phrase.Length <= text.Length) return phrase;
        return null;
    }

    /// <summary>The end of a level label of the framework starting at <paramref name="at"/>, its points included, or null.</summary>
    private static int? LevelLabelEnd(string text, int at)
    {
        // The shortest label: "数量指标" of "数量指标指标1", where a slot follows the label.
        for (var length = 2; length <= Math.Min(LongestLevelLabel, text.Length - at) && TextKey.IsHan(text[at + length - 1]); length++)
        {
            if (text[at + length - 1] != '标') continue;
            var label = text.Substring(at, length);
            // Glued, a label starts at its framework word: "措施产出指标" is a header's tail before 产出指标.
            if (!IndicatorFramework.IsLevelLabel(label) || !IndicatorFramework.StartsWithFrameworkWord(label)) continue;
            var end = at + length;
            if (end < text.Length && text[end] is '(' or '（')
            {
                var close = end + 1;
                while (close < text.Length && close - end <= 6 && char.IsDigit(text[close])) close++;
                if (close + 1 < text.Length && close > end + 1 && text[close] == '分' && text[close + 1] is ')' or '）') end = close + 2;
            }
            return end;
        }
        return PointedEvaluationLabelEnd(text, at);
    }

    /// <summary>
    /// The end of an evaluation framework's level-1 label with its points ("项目决策(10分)", "投入（20分）") starting at
    /// <paramref name="at"/>, or null. Only with its points: bare, such a word also opens names ("项目管理制度健全性").
    /// </summary>
    private static int? PointedEvaluationLabelEnd(string text, int at)
    {
        for (var length = 2; length <= LongestEvaluationLabel && at + length < text.Length && TextKey.IsHan(text[at + length - 1]); length++)
        {
            if (text[at + length] is not ('(' or '（')) continue;
            if (!EvaluationLevels.IsLevel1Word(text.Substring(at, length)) || PointsEnd(text, at + length) is not { } end) return null;
            return end;
        }
        return null;
    }

    private const int LongestEvaluationLabel = 8;

    /// <summary>The end of the points "(10分)" that open at <paramref name="open"/>, or null.</summary>
    private static int? PointsEnd(string text, int open)
    {
        var close = open + 1;
        while (close < text.Length && close - open <= 6 && (char.IsDigit(text[close]) || text[close] == '.')) close++;
        return close + 1 < text.Length && close > open + 1 && text[close] == '分' && text[close + 1] is ')' or '）' ? close + 2 : null;
    }

    /// <summary>The end of a template slot ("指标1", "指标2：") starting at <paramref name="at"/>, or null.</summary>
    private static int? SlotEnd(string text, int at)
    {
        if (string.CompareOrdinal(text, at, "指标", 0, 2) != 0 || at + 2 >= text.Length || !char.IsDigit(text[at + 2])) return null;
        var end = at + 3;
        if (end < text.Length && char.IsDigit(text[end])) end++;
        if (end < text.Length && text[end] is ':' or '：' or '、' or '.') end++;
        return end;
    }

    /// <summary>Adds the body cell that starts at <paramref name="at"/> (a slot adds nothing) and returns where it ends.</summary>
    private static int NextBodyCell(string text, int at, List<string> tokens, HeaderRuns headers)
    {
        if (LevelLabelEnd(text, at) is { } labelEnd)
        {
            tokens.Add(text[at..labelEnd]);
            return labelEnd;
        }
        if (SlotEnd(text, at) is { } slotEnd) return slotEnd;
        if (IsValueStart(text, at))
        {
            var end = ValueEnd(text, at);
            tokens.Add(text[at..end]);
            return end;
        }
        var cell = new StringBuilder();
        var k = at;
        do cell.Append(text[k++]);
        while (k < text.Length && !IsValueStart(text, k) && LevelLabelEnd(text, k) is null && SlotEnd(text, k) is null
               && !headers.StartsAt(k));
        var written = cell.ToString();
        // "明显明显", "是是": a target and an actual that say the same.
        if (written.Length % 2 == 0 && written.Length <= LongestRepeatedValue * 2 && written[..(written.Length / 2)] == written[(written.Length / 2)..])
            tokens.AddRange([written[..(written.Length / 2)], written[(written.Length / 2)..]]);
        else tokens.Add(written);
        return k;
    }

    // The signs targets are written with: ≥ and its variants, and = (=300天, ≧90%: R014, R202, R266, R295).
    private static bool IsValueStart(string text, int at) =>
        char.IsDigit(text[at])
        || (text[at] is '≥' or '≤' or '>' or '<' or '＞' or '＜' or '=' or '＝' or '≧' or '≦' && at + 1 < text.Length && char.IsDigit(text[at + 1]));

    /// <summary>A number with its comparator, percent sign or a short unit that the next number, a level label or a slot follows.</summary>
    private static int ValueEnd(string text, int at)
    {
        // "2021年12月2021年12月", "2021年12月完成2021年12月完成": a deadline written as a date is one cell, and a target and
        // an actual that give the same date are two, not a year and a month each (R058, R090, R108, R639).
        if (GluedDate().Match(text, at) is { Success: true } date) return at + date.Length;
        // "完成时间52021年12月完成": a row's points glued in front of its date are a number of their own.
        for (var lead = 1; lead <= LongestGluedPoints && at + lead < text.Length && char.IsAsciiDigit(text[at + lead - 1]); lead++)
            if (text[at] != '0' && GluedDate().IsMatch(text, at + lead)) return at + lead;
        var k = at + 1;
        while (k < text.Length && (char.IsDigit(text[k]) || (text[k] == '.' && k + 1 < text.Length && char.IsDigit(text[k + 1])))) k++;
        if (k < text.Length && text[k] == '%') return k + 1;
        var unit = k;
        while (unit < text.Length && unit - k < LongestUnit && !char.IsDigit(text[unit]) && !IsValueStart(text, unit)
               && LevelLabelEnd(text, unit) is null && SlotEnd(text, unit) is null)
            unit++;
        var unitEnds = unit == text.Length || IsValueStart(text, unit) || LevelLabelEnd(text, unit) is not null || SlotEnd(text, unit) is not null;
        return unit > k && unitEnds && !IsSaidTwice(text[k..unit]) ? unit : k;
    }

    // A year's end, or a year and a month (a day, a deadline's ending): the month and the day are at most two digits, so
    // a number after the date (a row's points) stays a cell of its own. A bare year ("2021年度") is left to the units.
    [GeneratedRegex(@"\G(?:19|20)\d{2}年(?:[底末]|(?:0?[1-9]|1[0-2])月(?:(?:0?[1-9]|[12]\d|3[01])日)?[底末]?(?:前完成|以前|之前|完成|前)?)")]
    private static partial Regex GluedDate();

    /// <summary>
    /// True for a word said twice ("是是", "高高"): after a row's points it is the target and the actual that say the same
    /// ("价格不高于市场价8是是8": 8 points, 是, 是, 8 scored), never the unit of the points.
    /// </summary>
    private static bool IsSaidTwice(string text) =>
        text.Length % 2 == 0 && text.Length > 0 && text[..(text.Length / 2)] == text[(text.Length / 2)..];

    /// <summary>
    /// The paragraph with the glued lines after it appended: a document-sharing site cuts the stored text into chunks
    /// mid-cell and numbers them ("2、100%质量指标…"), so a glued table goes on in the next long line.
    /// </summary>
    public static (DocItem Paragraph, int End) WithContinuation(IReadOnlyList<DocItem> items, int at)
    {
        var text = new StringBuilder(items[at].Text);
        var end = at + 1;
        while (end < items.Count && !items[end].IsRow && items[end].Text.Length >= ShortestContinuation && text.Length < LongestJoined)
            text.Append(ChunkMark().Replace(items[end++].Text, string.Empty));
        var joined = text.ToString();
        return (items[at] with { Text = joined, Original = joined }, end);
    }

    [GeneratedRegex(@"^\s*\d{1,3}、")]
    private static partial Regex ChunkMark();

    /// <summary>
    /// Cells where a points cell was glued in front of the target after a name ("10600亩" then "620亩": points 10,
    /// target 600亩) — the header puts 分值 before the target, and the rest reads like the actual value after it
    /// (same unit, as many digits) — cut in two.
    /// </summary>
    public static List<string> SplitGluedPoints(List<string> tokens, IndicatorHeader header)
    {
        if (!header.Roles.TryGetValue(ColumnRole.Weight, out var weight) || !header.Roles.TryGetValue(ColumnRole.Target, out var target) || weight > target)
            return tokens;
        var result = new List<string>(tokens.Count + 8);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && i + 1 < tokens.Count && !CellKinds.IsNumber(tokens[i - 1]) && PointsCut(tokens[i], tokens[i + 1]) is { } digits)
            {
                result.Add(tokens[i][..digits]);
                result.Add(tokens[i][digits..]);
            }
            else result.Add(tokens[i]);
        }
        return result;
    }

    /// <summary>How many leading digits of <paramref name="token"/> are points glued to a value like <paramref name="next"/>, or null.</summary>
    private static int? PointsCut(string token, string next)
    {
        if (GluedValue().Match(next) is not { Success: true } after) return null;
        for (var digits = 1; digits <= LongestGluedPoints && digits < token.Length; digits++)
        {
            if (!token[..digits].All(char.IsAsciiDigit)) return null;
            if (!char.IsAsciiDigit(token[digits]) || token[digits] == '0') continue;
            if (int.Parse(token[..digits], System.Globalization.CultureInfo.InvariantCulture) > MaxGluedPoints) return null;
            if (GluedValue().Match(token[digits..]) is { Success: true } rest && rest.Groups["unit"].Value == after.Groups["unit"].Value
                && rest.Groups["whole"].Length == after.Groups["whole"].Length)
                return digits;
        }
        return null;
    }

    [GeneratedRegex(@"^(?<whole>\d+)(\.\d+)?(?<unit>\D{0,3})$")]
    private static partial Regex GluedValue();
}
