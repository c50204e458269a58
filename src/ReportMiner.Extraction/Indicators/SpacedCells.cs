using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>The cells of a line whose cells a text export separated by spaces.</summary>
public static partial class SpacedCells
{
    private const int LongestMergedFragment = 4;
    private const string LevelWord = "指标";

    /// <summary>
    /// The paragraph's cells: its space-separated parts, with the pieces of one cell that the export spaced apart joined
    /// again (single characters "绩 效 指 标", and "一级 指标" where the joined text is a header word or level label).
    /// </summary>
    public static List<string> Of(string text)
    {
        var parts = WithBracketsClosed(Spaces().Split(text.Trim()).Where(p => p.Length > 0).ToList());
        var tokens = new List<string>();
        for (var i = 0; i < parts.Count; i++)
        {
            var token = parts[i];
            if (IsSingleHan(token))
            {
                var run = i;
                while (i + 1 < parts.Count && IsSingleHan(parts[i + 1])) i++;
                // One concatenation: a line of 200,000 spaced characters took a minute joined one by one.
                token = string.Concat(parts.Skip(run).Take(i - run + 1));
                // "是 是", "优 良 中 差": cells a form fills with one character each, side by side.
                if (token.Length > 1 && token.All(c => OneCharacterValues.Contains(c)))
                {
                    // "优 良 优 良": a two-character grade written under target and actual, one word said twice.
                    if (SaidTwice(token) is { } word) tokens.AddRange([word, word]);
                    else tokens.AddRange(parts.Skip(run).Take(i - run + 1));
                    continue;
                }
                if (tokens.Count > 0 && Joins(tokens[^1], token)) { tokens[^1] += token; continue; }
            }
            else if (tokens.Count > 0 && (Joins(tokens[^1], token) || IsColumnMark(tokens[^1], token))) { tokens[^1] += token; continue; }
            tokens.Add(token);
        }
        return tokens;
    }

    /// <summary>True when two parts are one cell cut by a space: neither names anything alone, joined they do.</summary>
    private static bool Joins(string left, string right)
    {
        if (!left.All(TextKey.IsHan) || !right.All(TextKey.IsHan)) return false;
        var joined = left + right;
        // "可持续影响 指标", "满意度 指标": a level label whose framework word 指标 wrapped apart; the bare word is never a
        // cell of its own, whatever the label before it names alone.
        if (right == LevelWord && IndicatorFramework.IsLevelLabel(joined)) return true;
        // "年度指标 值": a header cell whose last character the export put apart.
        if (right.Length == 1 && HeaderSemantics.PhraseOf(left) is { } leftPhrase && HeaderSemantics.RoleOf(right) == ColumnRole.None)
            return HeaderSemantics.PhraseOf(joined) is { } longer && longer.Length > leftPhrase.Length;
        if (left.Length > LongestMergedFragment) return false;
        if (HeaderSemantics.RoleOf(left) != ColumnRole.None || IndicatorFramework.IsLevelLabel(left)) return false;
        if (IndicatorFramework.IsLevelLabel(joined)) return !IndicatorFramework.IsLevelLabel(right);
        // "三级 指标": the joined text names its column by a longer, more specific phrase than the right part alone;
        // "全年 完成值": the left part is the start of a header phrase and the joined text names the right part's column.
        if (HeaderSemantics.PhraseOf(joined) is not { } phrase) return false;
        return phrase.Length > (HeaderSemantics.PhraseOf(right)?.Length ?? 0)
               || (HeaderSemantics.StartsPhrase(left) && HeaderSemantics.RoleOf(joined) == HeaderSemantics.RoleOf(right));
    }

    /// <summary>
    /// The parts with a padded bracket joined into one part, the spaces kept: a bracket a part opens with a space right
    /// inside it, or that a later part closes with a space right inside it ("开发数量(", "≥**个", ")" is the cell
    /// 开发数量( ≥**个 ); "(50分", ")"; "(", "2021", "年度)"), is a cell's own, never two cells. A bracket whose words
    /// wrapped inside it with no padding (执行率(全年 执行数/全年 预算数)) is left as written, as is one still open after
    /// a few parts or a part that opens a second one.
    /// </summary>
    private static List<string> WithBracketsClosed(List<string> parts)
    {
        var result = new List<string>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (Depth(part) == 1 && ClosingPart(parts, i) is { } close && (IsOpening(part[^1]) || IsClosing(parts[close][0])))
            {
                part = string.Join(' ', parts.Skip(i).Take(close - i + 1));
                i = close;
            }
            result.Add(part);
        }
        return result;
    }

    /// <summary>The index of the part within reach that closes the bracket the part at <paramref name="open"/> left open, or null.</summary>
    private static int? ClosingPart(List<string> parts, int open)
    {
        var length = parts[open].Length;
        for (var k = open + 1; k < parts.Count && k <= open + MaxBracketParts; k++)
        {
            length += parts[k].Length;
            if (length > LongestBracketedCell) return null;
            switch (Depth(parts[k]))
            {
                case -1: return k;
                case 0: continue;
                default: return null;
            }
        }
        return null;
    }

    private static bool IsOpening(char c) => c is '(' or '（';

    private static bool IsClosing(char c) => c is ')' or '）';

    /// <summary>Opening brackets less closing ones in a part.</summary>
    private static int Depth(string part)
    {
        var depth = 0;
        foreach (var c in part)
        {
            if (IsOpening(c)) depth++;
            else if (IsClosing(c)) depth--;
        }
        return depth;
    }

    private const int MaxBracketParts = 3;
    private const int LongestBracketedCell = 40;

    private static readonly HashSet<char> OneCharacterValues =
        EmbeddedData.Lines("Indicators.Data.one-character-values.tsv").Select(l => l.Trim()).Where(l => l.Length == 1).Select(l => l[0]).ToHashSet();

    private static string? SaidTwice(string run) =>
        run.Length >= 4 && run.Length % 2 == 0 && run[..(run.Length / 2)] == run[(run.Length / 2)..] ? run[..(run.Length / 2)] : null;

    private static bool IsSingleHan(string token) => token.Length == 1 && TextKey.IsHan(token[0]);

    /// <summary>
    /// "年初目标值 (A)", "执行数 (B)": the letter a form gives a column for its formulas (B/A), wrapped below the
    /// header word, is a part of that header cell, never a cell of its own.
    /// </summary>
    private static bool IsColumnMark(string left, string right) => ColumnMark().IsMatch(right) && HeaderSemantics.RoleOf(left) != ColumnRole.None;

    [GeneratedRegex(@"^[(（][A-Za-z][)）]$")]
    private static partial Regex ColumnMark();


    [GeneratedRegex(@"[\s\u3000]+")]
    private static partial Regex Spaces();
}
