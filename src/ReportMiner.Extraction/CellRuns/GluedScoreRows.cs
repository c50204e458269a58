using System.Globalization;
using System.Text.RegularExpressions;
using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.CellRuns;

/// <summary>
/// A scored table a page glued into one paragraph whose rows write a text between their points and their score
/// ("一级指标二级指标三级指标分值指标评价内容得分项目决策科学决策必要性5项目符合…决策部署5可行性5可行性论证充分…5",
/// "…完整性4一目标明确、内容细化、目标量化4"): every row is its level labels and name, the 分值 points, a text without
/// figures (the scoring rule, or a written target and result) and the 得分 earned, no more than the points. The digits
/// cut the paragraph into those cells, so a row whose text holds a figure is rebuilt only where the form writes its
/// measured value twice, as target and result ("保障人数102370人2370人10": the repeat marks the value's edges, under a
/// result column) — a row of two different figures is left out — and only where the glued-row reader of doubled figures
/// (<see cref="GluedIndicatorRows"/>) rebuilt nothing and at least <see cref="LeastRows"/> rows are found. A header alone
/// on its line takes the lines under it, one glued row a line.
/// </summary>
public static partial class GluedScoreRows
{
    private const int HeaderWindow = 60;
    private const int LeastRows = 3;
    private const int ShortestName = 2;
    private const int LongestName = 30;
    private const int ShortestLevelLabel = 4;
    private const int LongestLevelLabel = 16;
    private const double MaxPoints = 100;
    // A header cell the word list does not know right after the name column (a misread 参考分值, which keeps its 分):
    // the points column when the rows write points there.
    private const int LongestUnnamedPoints = 4;

    private const int MinTextHeading = 2;
    private const string Comparators = "≥≤><=＝﹦≧≦";
    private const int LongestLine = 300;

    private static readonly Lazy<string[]> Units = new(() => [.. EmbeddedData.Lines("CellRuns.Data.figure-units.tsv")]);
    private static readonly Lazy<string[]> OneWords = new(() => [.. EmbeddedData.Lines("CellRuns.Data.words-opening-with-one.tsv")]);

    public static List<DocItem> Rebuild(IReadOnlyList<DocItem> items) =>
        GluedSheets.Rebuild(items, RebuiltTableReader.GluedScoreRows,
            text => HeaderOf(text) is { } header ? new GluedSheet(header.BodyAt, header.Cells, body => RowsOf(body, header)) : null);

    /// <summary>A line that may be a row of the table: no footer (合计, 评价结论 …), and no prose (long with no figure).</summary>
    internal static bool IsTableLine(string text) =>
        text.Length <= LongestLine && IndicatorFooters.OfText(text) is null && (text.Any(char.IsAsciiDigit) || text.Trim().Length <= LongestName);

    /// <param name="BodyAt">Where the rows begin in the paragraph.</param>
    /// <param name="Target">A target column stands before the result: the text is the target and the result.</param>
    /// <param name="Actual">The text column is headed as the result (全年实际值), not as a scoring rule.</param>
    private sealed record Header(int BodyAt, bool Target, bool Actual)
    {
        public string[] Cells => Target && Actual
            ? ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分"]
            : ["一级指标", "二级指标", "三级指标", "分值", Actual ? "全年实际值" : "评分标准", "得分"];
    }

    /// <summary>The header cells and rows of a paragraph that holds a glued score table (none when it holds none).</summary>
    public static List<string[]> TableOf(string paragraph) =>
        HeaderOf(paragraph) is { } header && RowsOf(paragraph[header.BodyAt..], header) is { Count: >= LeastRows } rows
            ? [header.Cells, .. rows]
            : [];

    /// <summary>
    /// The glued header: the name column's word after a level column's, then the points column (分值, or a short word
    /// the list does not know right after the name), and a score column (得分) after it. Null when there is none.
    /// </summary>
    private static Header? HeaderOf(string text)
    {
        var (squeezed, positions) = GluedIndicatorRows.SqueezedWithPositions(text);
        if (GluedIndicatorRows.NameAfterLevel(squeezed) is not { } name) return null;
        var window = squeezed.Substring(name, Math.Min(HeaderWindow, squeezed.Length - name));
        var words = GluedIndicatorRows.WordsOf(window);
        if (words.Count < 3) return null;
        var gap = window[words[0].End..words[1].At];
        if (gap.Any(char.IsDigit) || gap.Length > LongestUnnamedPoints) return null;
        // 分值 right after the name (a misread 参考分值 keeps the word), or a short word the list does not know.
        var named = words[1].Role == ColumnRole.Weight;
        if (!named && (gap.Length < 2 || !gap.Contains('分'))) return null;
        var first = named ? 2 : 1;
        var score = words.FindIndex(first, w => w.Role == ColumnRole.Score);
        // The rows' text is the column between the points and the score: 分值 right before 得分 ("三级指标分值得分", a form
        // whose 得分 may be left blank) leaves none, and a blank score would take the next row's name and points.
        if (score < 0 || words[score].At - (named ? words[1].End : words[1].At) < MinTextHeading) return null;
        var last = score;
        while (last + 1 < words.Count && words[last + 1].At == words[last].End) last++;
        // A points column after the score (得分 | 分值) is another form; words further on are the rows' text ("得满分").
        if (words.Skip(score + 1).Take(last - score).Any(w => w.Role == ColumnRole.Weight)) return null;
        var actual = words.FindIndex(first, w => w.Role == ColumnRole.Actual);
        var target = actual < 0 ? -1 : words.FindIndex(first, w => w.Role == ColumnRole.Target);
        return new Header(positions[name + words[last].End - 1] + 1, target >= 0 && target < actual, actual >= 0 && actual < score);
    }

    /// <summary>The rows the body's figures cut it into: level 1, level 2, name, points, text, score.</summary>
    private static List<string[]> RowsOf(string body, Header header)
    {
        var text = GluedSheets.BodyText(body).Trim('\n');
        var matches = Token().Matches(text);
        var tokens = matches.Select(m => m.Value).ToList();
        var starts = matches.Select(m => m.Index).ToList();
        var rows = new List<string[]>();
        string? level1 = null, level2 = null;
        // A text token at an even index leads a row when the next three tokens are its points, its text and its score.
        var i = IsFigure(tokens.FirstOrDefault()) ? 1 : 0;
        while (i + 1 < tokens.Count)
        {
            var lead = tokens[i];
            // Rows on lines of their own: labels on the lines before the row's line set its levels, its name is on its line.
            var lines = lead.Split('\n');
            var name = string.Empty;
            for (var l = 0; l < lines.Length; l++)
            {
                (name, var labels) = AfterLevelLabels(lines[l], rowLine: l == lines.Length - 1);
                ApplyLevels(labels, ref level1, ref level2);
            }
            if (header.Actual && ValuedRow(text, starts[i + 1], name) is { } valued)
            {
                rows.Add(header.Target
                    ? [level1 ?? string.Empty, level2 ?? string.Empty, name, valued.Points, valued.Value, valued.Value, valued.Score]
                    : [level1 ?? string.Empty, level2 ?? string.Empty, name, valued.Points, valued.Value, valued.Score]);
                i = NextLead(tokens, starts, valued.End);
                continue;
            }
            if (i + 3 >= tokens.Count) break;
            var (points, cell, score) = (tokens[i + 1], tokens[i + 2], tokens[i + 3]);
            var after = i + 4 < tokens.Count ? tokens[i + 4] : string.Empty;
            if (!IsRow(name, points, cell, score, after))
            {
                i += 2;
                continue;
            }
            rows.Add(header is { Target: true, Actual: true }
                ? [level1 ?? string.Empty, level2 ?? string.Empty, name, points, .. TargetAndActual(cell), score]
                : [level1 ?? string.Empty, level2 ?? string.Empty, name, points, cell, score]);
            i += 4;
        }
        return rows;
    }

    private sealed record Valued(string Points, string Value, string Score, int End);

    /// <summary>
    /// A row whose result is a measured value the form writes twice, as target and result ("保障人数102370人2370人10",
    /// "公用经费完成时间52021年12月完成2021年12月完成4"): the repeat marks the value's edges, so the digits before it are the
    /// points, and a number after it no larger than them the score (or none, left blank or misread). Null when the text
    /// at <paramref name="at"/> is no such row.
    /// </summary>
    private static Valued? ValuedRow(string text, int at, string name)
    {
        if (!IsName(name) || ValuedCells().Match(text, at) is not { Success: true } m || m.Index != at) return null;
        var points = m.Groups["points"].Value;
        var score = m.Groups["score"].Value;
        var p = double.Parse(points, CultureInfo.InvariantCulture);
        if (p > MaxPoints || score.Length > 0 && (double.Parse(score, CultureInfo.InvariantCulture) > p || score.Length > 1 && score[0] == '0')) return null;
        return new Valued(points, m.Groups["value"].Value, score, m.Index + m.Length);
    }

    /// <summary>The token a row ending at <paramref name="end"/> leaves to lead the next row, its read part cut off.</summary>
    private static int NextLead(List<string> tokens, List<int> starts, int end)
    {
        var k = starts.BinarySearch(end);
        if (k >= 0) return k;
        k = ~k - 1;
        tokens[k] = tokens[k][(end - starts[k])..];
        starts[k] = end;
        return k;
    }

    internal static void ApplyLevels(List<string> labels, ref string? level1, ref string? level2)
    {
        foreach (var label in labels)
        {
            // A national level-1 label under an evaluation framework's level 1 (成本指标 under 项目产出) is its level 2.
            var underEvaluation = level1 is not null && !IndicatorFramework.IsLevelLabel(level1) && IndicatorFramework.IsLevelLabel(label);
            if (EvaluationLevels.IsLevel1Word(label) && !underEvaluation) (level1, level2) = (label, null);
            else level2 = label;
        }
    }

    private static bool IsName(string name) =>
        name.Length is >= ShortestName and <= LongestName && CellKinds.IsLabel(name) && !IsUnit(name) && IndicatorFooters.OfText(name) is null
        && LevelLabelAt(name, 0) != name
        // A figure after a comparator ("≥500亩") is a target, not points.
        && !Comparators.Contains(name[^1]);

    private static bool IsRow(string name, string points, string cell, string score, string after)
    {
        if (!IsName(name)) return false;
        // A row stands on one line: a text that runs over a line break is two rows' leftovers.
        if (cell.Length == 0 || cell.Contains('\n') || IsUnit(cell) || IsUnit(after)) return false;
        var p = double.Parse(points, CultureInfo.InvariantCulture);
        var s = double.Parse(score, CultureInfo.InvariantCulture);
        return p > 0 && p <= MaxPoints && s <= p && !points.StartsWith('0') && (score == "0" || !score.StartsWith('0'));
    }

    /// <summary>
    /// A target and a result glued into one text: a text said twice is both ("符合相关文件要求符合相关文件要求"); a dash
    /// before it is an unset target (OCR reads the dash as 一) unless the 一 opens a word (一致好评); otherwise the whole
    /// text is the result.
    /// </summary>
    private static string[] TargetAndActual(string cell)
    {
        if (cell.Length % 2 == 0 && cell[..(cell.Length / 2)] == cell[(cell.Length / 2)..]) return [cell[..(cell.Length / 2)], cell[(cell.Length / 2)..]];
        if (cell.Length > 2 && UnsetTarget().IsMatch(cell[..1]) && !OneWords.Value.Any(w => cell.StartsWith(w, StringComparison.Ordinal))) return [string.Empty, cell[1..]];
        return [string.Empty, cell];
    }

    [GeneratedRegex(@"^[一\-—–－/]$")]
    private static partial Regex UnsetTarget();

    /// <summary>A unit alone between two figures ("2370人2370人"), or a percent sign after one: the figure was a value.</summary>
    private static bool IsUnit(string text) =>
        text.StartsWith('%') || text.StartsWith('‰') || Units.Value.Contains(text, StringComparer.OrdinalIgnoreCase);

    private static bool IsFigure(string? token) => token is { Length: > 0 } && char.IsAsciiDigit(token[0]);

    /// <summary>
    /// The text after the last level label of a row's lead (labels of the national framework or of an evaluation
    /// framework, each the longest that starts where it stands), and the labels of that last run. Text before the
    /// labels is what the row before left over.
    /// </summary>
    /// <param name="rowLine">The text holds the row's name, so level words that leave no name after them open it.</param>
    internal static (string Name, List<string> Labels) AfterLevelLabels(string lead, bool rowLine)
    {
        var labels = new List<string>();
        var nameAt = 0;
        var lastEnd = -1;
        for (var at = 0; at < lead.Length;)
        {
            if (LevelLabelAt(lead, at) is { } label)
            {
                // After a level-2 label comes the name, which may open with level words ("财务管理" then
                // "财务管理制度有效性", "资金管理" then "资金到位率"); only a national label goes on the run (a level left
                // without rows: "经济效益指标" then "社会效益指标").
                if (at == lastEnd && labels.Count > 0 && !EvaluationLevels.IsLevel1Word(labels[^1]) && !label.EndsWith("指标", StringComparison.Ordinal)) break;
                if (at != lastEnd) labels.Clear();
                labels.Add(label);
                at += label.Length;
                lastEnd = nameAt = at;
            }
            else at++;
        }
        // Level words that leave no name after them open the name ("资金到位" of "资金到位率").
        if (rowLine && labels.Count > 0 && lead.Length - nameAt < ShortestName)
        {
            nameAt -= labels[^1].Length;
            labels.RemoveAt(labels.Count - 1);
        }
        return (lead[nameAt..], labels);
    }

    /// <summary>
    /// The level label at <paramref name="at"/>: the shortest of the national framework ("效益指标社会效益指标" is two
    /// labels), read only from its first word on ("人IO质量指标" holds a label, it is none), else the longest of an
    /// evaluation framework ("项目效益").
    /// </summary>
    private static string? LevelLabelAt(string text, int at)
    {
        var longest = Math.Min(LongestLevelLabel, text.Length - at);
        for (var length = ShortestLevelLabel; length <= longest; length++)
        {
            var candidate = text.Substring(at, length);
            if (candidate.EndsWith("指标", StringComparison.Ordinal) && IndicatorFramework.IsLevelLabel(candidate) && IndicatorFramework.StartsWithFrameworkWord(candidate))
                return candidate;
        }
        for (var length = longest; length >= ShortestLevelLabel; length--)
        {
            var candidate = text.Substring(at, length);
            if (!candidate.EndsWith("指标", StringComparison.Ordinal) && (EvaluationLevels.IsLevel1Word(candidate) || EvaluationLevels.IsLevel2Word(candidate)))
                return candidate;
        }
        return null;
    }

    [GeneratedRegex(@"[0-9]+(?:\.[0-9]+)?|[^0-9]+")]
    private static partial Regex Token();

    // Points, then a value opening with a figure and ending in a unit or words ("2370人", "15万元", "2021年12月完成")
    // written twice, then the score. The fewest digits are the points: "335万元35万元3" is 3 points, 35万元 and 3, not 33
    // points and "5万元3" twice. The value is at most 20 characters and the figure 12 digits: a long run stays linear.
    [GeneratedRegex(@"\G(?<points>[1-9][0-9]{0,2}?)(?<value>[≥≤><=＝﹦≧≦]?[0-9]{1,12}(?:\.[0-9]{1,6})?[^\n]{0,18}?[^0-9.\n])\k<value>(?<score>[0-9]{1,3}(?:\.[0-9]{1,2})?)?(?![0-9.])")]
    private static partial Regex ValuedCells();
}
