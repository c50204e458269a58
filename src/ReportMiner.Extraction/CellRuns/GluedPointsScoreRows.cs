using System.Text.RegularExpressions;
using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Parsing.Text;

namespace ReportMiner.Extraction.CellRuns;

/// <summary>
/// A score sheet whose 分值 and 得分 columns stand side by side ("一级指标二级指标三级指标分值得分"), glued by a page so
/// that each row's points and score run into one number ("项目决策(25分)绩效目标(6分)目标内容22", "进度计划1510"): the
/// run has one cut where the score is no more than the points (<see cref="PointsScoreRuns.Cut"/>), and
/// the level labels before the name give its levels. <see cref="GluedScoreRows"/> reads the sheets with a text column
/// between the two; this reads those without, in one paragraph or one row a line under a header alone on its line. The
/// points heading may be a short word the list does not know (a misread 分值: "价值"), for the rows' cuts vouch for it.
/// </summary>
public static partial class GluedPointsScoreRows
{
    private const int HeaderWindow = 40;
    private const int LeastRows = 3;
    private const int ShortestName = 2;
    private const int LongestName = 30;
    private const int ShortestUnnamedPoints = 2;
    private const int LongestUnnamedPoints = 4;
    private const string Comparators = "≥≤><=＝﹦≧≦";

    private static readonly string[] Cells = ["一级指标", "二级指标", "三级指标", "分值", "得分"];
    private static readonly Lazy<string[]> Units = new(() => [.. EmbeddedData.Lines("CellRuns.Data.figure-units.tsv")]);

    public static List<DocItem> Rebuild(IReadOnlyList<DocItem> items) =>
        GluedSheets.Rebuild(items, RebuiltTableReader.GluedPointsScoreRows,
            text => HeaderOf(text) is { } bodyAt ? new GluedSheet(bodyAt, Cells, RowsOf) : null);

    /// <summary>The header cells and rows of a paragraph that holds such a sheet (none when it holds none).</summary>
    public static List<string[]> TableOf(string paragraph) =>
        HeaderOf(paragraph) is { } bodyAt && RowsOf(paragraph[bodyAt..]) is { Count: >= LeastRows } rows ? [Cells, .. rows] : [];

    /// <summary>
    /// Where the rows begin after a glued header whose name column (after a level column) is followed by the points
    /// heading and the score heading, nothing between them and the score the last column; null when there is none.
    /// </summary>
    private static int? HeaderOf(string text)
    {
        var (squeezed, positions) = GluedIndicatorRows.SqueezedWithPositions(text);
        if (GluedIndicatorRows.NameAfterLevel(squeezed) is not { } name) return null;
        var words = GluedIndicatorRows.WordsOf(squeezed.Substring(name, Math.Min(HeaderWindow, squeezed.Length - name)));
        if (words.Count < 2) return null;
        int score;
        if (words.Count >= 3 && words[1].Role == ColumnRole.Weight && words[1].At == words[0].End
            && words[2].Role == ColumnRole.Score && words[2].At == words[1].End) score = 2;
        else
        {
            var gap = squeezed.Substring(name + words[0].End, words[1].At - words[0].End);
            if (words[1].Role != ColumnRole.Score || gap.Length is < ShortestUnnamedPoints or > LongestUnnamedPoints
                || !gap.All(c => char.IsLetter(c) && !char.IsAsciiLetter(c))) return null;
            score = 1;
        }
        // A heading glued on after the score (得分 | 偏差原因) is another form, whose rows write more than two figures.
        if (score + 1 < words.Count && words[score + 1].At == words[score].End) return null;
        return positions[name + words[score].End - 1] + 1;
    }

    /// <summary>The rows the body's runs of digits end: level 1, level 2, name, points, score.</summary>
    private static List<string[]> RowsOf(string body)
    {
        var text = GluedSheets.BodyText(body);
        var tokens = Token().Matches(text).Select(m => m.Value).ToList();
        var rows = new List<string[]>();
        string? level1 = null, level2 = null;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (char.IsAsciiDigit(tokens[i][0])) continue;
            var lines = tokens[i].Split('\n');
            var name = string.Empty;
            for (var l = 0; l < lines.Length; l++)
            {
                (name, var labels) = GluedScoreRows.AfterLevelLabels(lines[l], rowLine: l == lines.Length - 1);
                GluedScoreRows.ApplyLevels(labels, ref level1, ref level2);
            }
            var after = i + 2 < tokens.Count ? tokens[i + 2] : string.Empty;
            if (!IsName(name) || IsValue(after) || PointsScoreRuns.Cut(tokens[i + 1]) is not { } cut) continue;
            rows.Add([level1 ?? string.Empty, level2 ?? string.Empty, name, cut.Points, cut.Score]);
        }
        return rows;
    }

    private static bool IsName(string name) =>
        name.Length is >= ShortestName and <= LongestName && CellKinds.IsLabel(name) && !Comparators.Contains(name[^1])
        && IndicatorFooters.OfText(name) is null && !IsValue(name);

    /// <summary>
    /// A unit standing alone right after the digits ("22人22人"), or a percent sign opening what follows: the digits were
    /// a measured value, not points and a score. Only alone, for the next row's name may open with a unit's character (项目…).
    /// </summary>
    private static bool IsValue(string after) =>
        after.StartsWith('%') || after.StartsWith('‰') || after.StartsWith('.')
        || Units.Value.Contains(after.TrimStart('\n').Split('\n')[0], StringComparer.OrdinalIgnoreCase);


    [GeneratedRegex(@"[0-9]+(?:\.[0-9]+)*|[^0-9]+")]
    private static partial Regex Token();
}
