using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Grammar;

/// <summary>Comparator words and signs before a number (≥, 不低于, 超过) or after it (以上, 以内, 内).</summary>
internal static class Comparators
{
    // Negated and compound forms come before the words they contain (不低于 before 低于, 大于等于 before 大于).
    // ≧ ≦ ＝ are the signs some forms print for ≥ ≤ = (R014, R057, R295).
    private static readonly (string Token, string Op)[] Prefixes =
    [
        ("大于等于", ">="), ("大于或等于", ">="), ("不低于", ">="), ("不少于", ">="), ("不小于", ">="), ("至少", ">="), ("达到", ">="), ("≥", ">="), ("≧", ">="), (">=", ">="), ("=>", ">="),
        ("小于等于", "<="), ("小于或等于", "<="), ("不超过", "<="), ("不高于", "<="), ("不大于", "<="), ("不多于", "<="), ("至多", "<="), ("最多", "<="), ("≤", "<="), ("≦", "<="), ("<=", "<="), ("=<", "<="),
        ("大于", ">"), ("高于", ">"), ("超过", ">"), ("多于", ">"), (">", ">"),
        ("小于", "<"), ("低于", "<"), ("少于", "<"), ("<", "<"),
        ("等于", "="), ("=", "="), ("＝", "="),
    ];

    /// <summary>
    /// Every comparator written before a number as one regex alternation, longest first so that a compound form is
    /// tried before the word it contains: the patterns that read a value after its comparator take their words from
    /// here, so they and <see cref="Before"/> cannot disagree on what a comparator is.
    /// </summary>
    public static string BeforePattern { get; } =
        string.Join('|', Prefixes.Select(p => p.Token).OrderByDescending(t => t.Length).Select(Regex.Escape));

    private static readonly (string Token, string Op)[] Suffixes =
    [
        ("及以上", ">="), ("以上", ">="), ("及以下", "<="), ("以下", "<="), ("以内", "<="), ("之内", "<="), ("内", "<="),
    ];

    /// <summary>The comparator nearest before the number, looking only at the last few characters.</summary>
    public static string? Before(ReadOnlySpan<char> prefix)
    {
        var tail = prefix.Length > 8 ? prefix[^8..] : prefix;
        var best = -1;
        string? op = null;
        foreach (var (token, candidate) in Prefixes)
        {
            var at = tail.LastIndexOf(token, StringComparison.Ordinal);
            // A later position wins; at the same end, the longer (earlier-listed) token already won.
            if (at >= 0 && at + token.Length > best) { best = at + token.Length; op = candidate; }
        }
        return op;
    }

    public static string? After(string suffix)
    {
        var s = suffix.TrimStart(' ', ')', '）').Replace("(含)", "").Replace("（含）", "").Replace("含", "").TrimStart();
        foreach (var (token, op) in Suffixes)
            if (s.StartsWith(token, StringComparison.Ordinal)) return op;
        return null;
    }
}
