using System.Globalization;
using System.Text.RegularExpressions;
using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Parsing.Text;

namespace ReportMiner.Extraction.CellRuns;

/// <summary>
/// An indicator table a page glued into one paragraph ("一级指标二级指标三级指标年度指标值全年完成值…产出指标数量指标
/// 库存数量真实率100%100%质量指标…"): where a row's target and actual are the same figure with the same unit, the doubled
/// text cuts itself ("100%100%", "2370人2370人") — and so, where no points column stands before the target, do two figures
/// of one unit that differ ("290%100%") — the framework's level labels before the name give its levels, and a
/// 分值 column's points are the digits just before the doubled figure. Only such rows are rebuilt, as a table of their
/// own after the paragraph (and the page chunks that continue it), when they are more than the glued-cell reader of
/// <see cref="SpacedTableDump"/> finds there; every other row stays as it was.
/// </summary>
public static partial class GluedIndicatorRows
{
    private const int LongestParagraph = 20_000;
    private const int HeaderWindow = 40;
    private const int LongestName = 30;
    private const int ShortestName = 2;
    private const int LongestLevelLabel = 16;

    public static List<DocItem> Rebuild(IReadOnlyList<DocItem> items)
    {
        var result = new List<DocItem>(items.Count);
        var tables = new RebuiltTables(RebuiltTableReader.GluedIndicatorRows);
        for (var i = 0; i < items.Count; i++)
        {
            result.Add(items[i]);
            if (items[i].IsRow || items[i].Text.Length > LongestParagraph || HeaderOf(items[i].Text) is not { } header) continue;
            var end = i + 1;
            // The page chunks join while the text is no longer than a paragraph may be, and no chunk longer than that
            // joins: the joined text stays under twice the bound however many chunks follow, and is built once.
            var text = new System.Text.StringBuilder(items[i].Text, header.BodyAt, items[i].Text.Length - header.BodyAt, items[i].Text.Length);
            while (end < items.Count && !items[end].IsRow && text.Length <= LongestParagraph && items[end].Text.Length <= LongestParagraph
                   && PageChunk().Match(items[end].Text) is { Success: true } chunk)
            {
                text.Append(items[end].Text, chunk.Length, items[end].Text.Length - chunk.Length);
                end++;
            }
            var rows = RowsOf(text.ToString(), header);
            // The glued-cell reader of the table dumps reads the same paragraph by the kind of each run of text (and
            // where it reads a table, the rebuilt one would only stop the prose readers): the doubled figures are
            // added only where they give more rows than it does.
            if (rows.Count == 0 || rows.Count < SpacedTableDump.Expand(items.Skip(i).Take(end - i).ToList()).Count(r => r.IsRow)) continue;
            for (var k = i + 1; k < end; k++) result.Add(items[k]);
            var cells = new List<(DocItem, string[])> { (items[i], HeaderCells(header)) };
            cells.AddRange(rows.Select(r => (items[i], r)));
            result.AddRange(tables.Next(cells));
            i = end - 1;
        }
        return result;
    }

    /// <param name="PointsAfter">A 分值 column after the actual (年度指标值 | 实际完成值 | 分值 | 得分), not before the target.</param>
    private sealed record Header(int BodyAt, bool Points, bool Score, bool PointsAfter);

    /// <summary>The header cells and the rebuilt rows of a paragraph that holds a glued indicator table (none when it holds none).</summary>
    public static List<string[]> TableOf(string paragraph) =>
        HeaderOf(paragraph) is { } header && RowsOf(paragraph[header.BodyAt..], header) is { Count: > 0 } rows
            ? [HeaderCells(header), .. rows]
            : [];

    private static string[] HeaderCells(Header header) =>
        [.. new[] { "一级指标", "二级指标", "三级指标" }, .. header.Points ? new[] { "分值" } : [], "年度指标值", "全年实际值",
         .. header.PointsAfter ? new[] { "分值" } : [], .. header.Score ? new[] { "得分" } : []];

    /// <summary>
    /// The glued header, every word of it read with the shared header list (Data/header-phrases.tsv, as every other
    /// reader of indicator headers reads them): a column naming the indicators right after a level column
    /// ("二级指标三级指标", "二级指标指标名称"), then a target and an actual heading close after it; a points heading
    /// before the target, a score heading after the actual. Null when the text holds no such header.
    /// </summary>
    private static Header? HeaderOf(string text)
    {
        // A page's wraps leave spaces inside the glued words ("一级 指标二级 指标三级指标"): the header is read without them.
        var (squeezed, positions) = SqueezedWithPositions(text);
        if (NameAfterLevel(squeezed) is not { } name) return null;
        var words = WordsOf(squeezed.Substring(name, Math.Min(HeaderWindow, squeezed.Length - name)));
        var target = words.FindIndex(1, w => w.Role == ColumnRole.Target);
        var actual = target < 0 ? -1 : words.FindIndex(target + 1, w => w.Role == ColumnRole.Actual);
        if (actual < 0) return null;
        var points = words.Take(target).Any(w => w.Role == ColumnRole.Weight);
        var after = words.Skip(actual + 1).ToList();
        var score = after.Any(w => w.Role == ColumnRole.Score);
        // 年度指标值 | 实际完成值 | 分值 | 得分: a points heading right before the score heading, after the actual.
        var pointsAfter = !points && score && after.Zip(after.Skip(1)).Any(p => p.First.Role == ColumnRole.Weight
                                                                             && p.Second.Role == ColumnRole.Score && p.Second.At == p.First.End);
        return new Header(positions[name + words[0].End - 1] + 1, points, score, pointsAfter);
    }

    internal sealed record Word(int At, int End, ColumnRole Role);

    /// <summary>The text without white space, and where each of its characters stands in the text.</summary>
    internal static (string Text, List<int> Positions) SqueezedWithPositions(string text)
    {
        var squeezed = new System.Text.StringBuilder(text.Length);
        var positions = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
            if (!char.IsWhiteSpace(text[i])) { squeezed.Append(text[i]); positions.Add(i); }
        return (squeezed.ToString(), positions);
    }

    /// <summary>Where the first header word naming the indicator column that follows a level column's word starts, or null.</summary>
    internal static int? NameAfterLevel(string text)
    {
        var levelEnd = -1;
        for (var at = 0; at < text.Length;)
        {
            if (HeaderSemantics.PhraseAt(text, at) is not { } phrase) { at++; continue; }
            if (phrase.Role == ColumnRole.Name && levelEnd == at) return at;
            at += phrase.Phrase.Length;
            levelEnd = phrase.Role is ColumnRole.Level1 or ColumnRole.Level2 ? at : -1;
        }
        return null;
    }

    /// <summary>The header words of a text in order, each the longest phrase of the list that starts where it stands.</summary>
    internal static List<Word> WordsOf(string text)
    {
        var words = new List<Word>();
        for (var at = 0; at < text.Length;)
        {
            if (HeaderSemantics.PhraseAt(text, at) is { } phrase)
            {
                words.Add(new Word(at, at + phrase.Phrase.Length, phrase.Role));
                at += phrase.Phrase.Length;
            }
            else at++;
        }
        return words;
    }

    /// <summary>The rows whose target and actual are one doubled figure, cells as <see cref="HeaderCells"/> orders them.</summary>
    private static List<string[]> RowsOf(string body, Header header)
    {
        var (pointsColumn, scoreColumn) = (header.Points, header.Score);
        var text = Squeezed(body);
        var rows = new List<string[]>();
        string? level1 = null, level2 = null;
        var from = 0;
        var lastKept = false;
        foreach (var pair in PairsOf(text, header))
        {
            var segment = FiguresOff(rows, text[from..pair.Index], lastKept, header);
            from = pair.Index + pair.Length;
            lastKept = false;
            var (name, labels) = AfterLevelLabels(segment);
            for (var k = 0; k < labels.Count; k++)
            {
                var label = labels[k];
                if (IndicatorFramework.IsLevel1Label(label) && !(k == labels.Count - 1 && IsLevel2Under(label, level1))) (level1, level2) = (label, null);
                else
                {
                    level2 = label;
                    if (level1 is null || !IndicatorFramework.CanHold(level1, level2)) level1 = IndicatorFramework.Level1Of(level2) ?? level1;
                }
            }
            // Longer than a name and three digits of points: no row (checked first, so a long run of digits is not scanned).
            if (name.Length > LongestName + 3) continue;
            var points = string.Empty;
            if (TrailingNumber().Match(name) is { Success: true } p)
            {
                // Digits before the figure are a 分值 column's points; without one they may end the name or begin the figure.
                if (!pointsColumn || p.Length > 3 || int.Parse(p.Value, CultureInfo.InvariantCulture) > PointsScoreRuns.MaxPoints) continue;
                points = p.Value;
                name = name[..p.Index];
            }
            if (name.Length < ShortestName || name.Length > LongestName || level2 is null || UndoubledPair().IsMatch(name)) continue;
            var row = new List<string> { level1 ?? string.Empty, level2, name };
            if (pointsColumn) row.Add(points);
            row.Add(pair.Target);
            row.Add(pair.Actual);
            if (header.PointsAfter) row.Add(string.Empty);
            if (scoreColumn) row.Add(string.Empty);
            rows.Add([.. row]);
            lastKept = true;
        }
        FiguresOff(rows, text[from..], lastKept, header);
        return rows;
    }

    /// <summary>Where a row's target and actual stand in the glued text, and what they say.</summary>
    private sealed record ValuePair(int Index, int Length, string Target, string Actual);

    /// <summary>
    /// The target-and-actual pairs that end rows, in text order: a figure said twice, and — where no 分值 column stands
    /// before the target, so the digits before a figure are its own — two figures of one unit that differ ("290%100%",
    /// "8000亩8535.5亩", "70%76%": a target missed or passed; R012, R090, R138 glue them so). With a points column the
    /// points glued before such a pair leave no cut that the pair itself vouches for, so only doubled figures count there.
    /// </summary>
    private static List<ValuePair> PairsOf(string text, Header header)
    {
        var doubled = DoubledFigure().Matches(text).Where(m => !IsLevelWordPair(m.Groups["figure"].Value))
            .Select(m => new ValuePair(m.Index, m.Length, m.Groups["figure"].Value, m.Groups["figure"].Value)).ToList();
        if (header.Points) return doubled;
        // Both kinds of match come in text order and neither overlaps its own kind: one walk over the doubled figures
        // finds the one a differing pair could overlap (checking every pair kept was quadratic in a long glued line).
        var pairs = new List<ValuePair>(doubled);
        var d = 0;
        foreach (Match m in DifferingPair().Matches(text))
        {
            while (d < doubled.Count && doubled[d].Index + doubled[d].Length <= m.Index) d++;
            if (m.Groups["target"].Value == m.Groups["actual"].Value || d < doubled.Count && doubled[d].Index < m.Index + m.Length) continue;
            pairs.Add(new ValuePair(m.Index, m.Length, m.Groups["target"].Value, m.Groups["actual"].Value));
        }
        return [.. pairs.OrderBy(p => p.Index)];
    }

    /// <summary>
    /// True for a level-1 label the framework also puts under the level 1 carried down (成本指标 under 产出指标, as the
    /// older form prints it: R012, R194; gold of R040, R088, R203 and others): standing alone before a name, it is that
    /// row's level 2. Where 成本指标 is a level 1 of its own, its level-2 label (经济成本指标) follows it in the same run.
    /// </summary>
    private static bool IsLevel2Under(string label, string? level1) =>
        level1 is not null && IndicatorFramework.Level1Of(label) is { } own && own != label && own == IndicatorFramework.LevelText(level1);

    /// <summary>The text after a row's doubled figure without the points or score cells the header puts right after it.</summary>
    private static string FiguresOff(List<string[]> rows, string segment, bool lastKept, Header header) =>
        !lastKept ? segment
        : header.PointsAfter ? PointsAndScoreOff(rows, segment)
        : ScoreOff(rows, segment, header.Points && header.Score);

    /// <summary>
    /// The text after a row's doubled figure without its 分值 and 得分 glued into one run of digits (cut by
    /// <see cref="PointsScoreRuns.Cut"/>). A run that no cut or more than one cut explains stays.
    /// </summary>
    private static string PointsAndScoreOff(List<string[]> rows, string segment)
    {
        if (LeadingFigures().Match(segment) is not { Success: true } run || PointsScoreRuns.Cut(run.Value) is not { } cells) return segment;
        (rows[^1][^2], rows[^1][^1]) = cells;
        return segment[run.Length..];
    }

    [GeneratedRegex(@"^[0-9]{1,8}(?:\.[0-9]{1,2}){0,2}(?![0-9])")]
    private static partial Regex LeadingFigures();

    /// <summary>The text after a row's doubled figure without the 得分 that opens it: a number no greater than the row's points.</summary>
    private static string ScoreOff(List<string[]> rows, string segment, bool scoreAfterPoints)
    {
        if (!scoreAfterPoints || rows.Count == 0 || rows[^1][3] is not { Length: > 0 } points || LeadingNumber().Match(segment) is not { Success: true } score
            || double.Parse(score.Value, CultureInfo.InvariantCulture) > double.Parse(points, CultureInfo.InvariantCulture)) return segment;
        rows[^1][^1] = score.Value;
        return segment[score.Length..];
    }

    /// <summary>The text after the last framework level label of a segment, and the labels of that last run of labels.</summary>
    private static (string Name, List<string> Labels) AfterLevelLabels(string segment)
    {
        var labels = new List<string>();
        var nameAt = 0;
        var lastEnd = -1;
        for (var at = 0; at < segment.Length;)
        {
            if (LevelLabelAt(segment, at) is { } label)
            {
                if (at != lastEnd) labels.Clear();
                labels.Add(label.Text);
                at += label.Length;
                lastEnd = nameAt = at;
            }
            else at++;
        }
        return (segment[nameAt..], labels);
    }

    /// <summary>The level label at <paramref name="at"/> and its length with any points note ("产出指标(40分)") after it.</summary>
    private static (string Text, int Length)? LevelLabelAt(string text, int at)
    {
        // The shortest label: "效益指标社会效益指标" is two labels, and text before a label is no part of it.
        for (var length = 4; length <= Math.Min(LongestLevelLabel, text.Length - at); length++)
        {
            var candidate = text.Substring(at, length);
            if (!candidate.EndsWith("指标", StringComparison.Ordinal) || !IndicatorFramework.IsLevelLabel(candidate)
                || !IndicatorFramework.StartsWithFrameworkWord(candidate)) continue;
            return PointsNote().Match(text, at + length) is { Success: true } note && note.Index == at + length ? (candidate, length + note.Length) : (candidate, length);
        }
        return null;
    }

    // Cells wrapped in the source keep the wrap as a space ("管理制 度"): inside glued Chinese text a space is no separator.
    private static string Squeezed(string text) => WhiteSpace().Replace(text, string.Empty);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    /// <summary>"指标指标1" of an unfilled slot after a level label: no written value.</summary>
    private static bool IsLevelWordPair(string figure) => figure.Contains("指标", StringComparison.Ordinal);

    // A figure with a unit (a percent sign or up to three characters), then the same text again. At most 12 digits
    // before the point: the bound keeps a run of thousands of digits linear. A written value said twice (合格合格,
    // 高高: R012, R058, R090, R194) ends a row only where the row's points or the next level label follow it, and a
    // single character said twice only before a level label ("人人" inside a name is no value).
    [GeneratedRegex(@"(?<figure>\d{1,12}(?:\.\d{1,6})?(?:%|\p{IsCJKUnifiedIdeographs}{1,3}))\k<figure>"
                    + @"|(?<figure>\p{IsCJKUnifiedIdeographs}{2,8})\k<figure>(?=\d|$|\D{0,8}?指标)"
                    + @"|(?<figure>\p{IsCJKUnifiedIdeographs})\k<figure>(?=$|\D{0,8}?指标)")]
    private static partial Regex DoubledFigure();

    // Another row's target and actual that differ ("200人次180人次"): the name before the doubled figure is not one cell.
    [GeneratedRegex(@"(\d+(?:\.\d+)?)(%|\p{IsCJKUnifiedIdeographs}{1,3})\d+(?:\.\d+)?\2")]
    private static partial Regex UndoubledPair();

    // Two figures of one unit, the first not the tail of a longer number. At most 12 digits each, as above.
    [GeneratedRegex(@"(?<![\d.])(?<target>\d{1,12}(?:\.\d{1,6})?(?<unit>%|\p{IsCJKUnifiedIdeographs}{1,3}))(?<actual>\d{1,12}(?:\.\d{1,6})?\k<unit>)")]
    private static partial Regex DifferingPair();

    [GeneratedRegex(@"^[0-9]{1,3}(?:\.[0-9]{1,2})?(?![0-9])")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"[0-9]+$")]
    private static partial Regex TrailingNumber();

    [GeneratedRegex(@"\G[(（]\d{1,3}分[)）]")]
    private static partial Regex PointsNote();

    // A page of a document-sharing site's dump opens with its number ("2、").
    [GeneratedRegex(@"^\s*\d{1,3}、")]
    internal static partial Regex PageChunk();
}
