using System.Collections.Frozen;

namespace ReportMiner.Parsing.Text;

internal enum HeaderRole { Other, Level, Name, Weight, Score }

/// <summary>
/// The extractor's word lists, linked into this assembly (see the project file): indicator header phrases and their
/// roles, the framework's level words, and form labels. Each is looked up by the character a word starts with,
/// longest first, so a glued line is read in time linear in its length.
/// </summary>
internal static class FormWords
{
    private const string Prefix = "ReportMiner.Parsing.Text.Data.";
    private const int LongestLevelLabel = 16;
    private const int LongestPoints = 3;

    // Each phrase with the role the glued-line cut reads and the column the table readers give it (Target, Actual …).
    private static readonly FrozenDictionary<char, (string Text, HeaderRole Role, string Column)[]> Phrases =
        Lines("header-phrases.tsv").Select(l => l.Split('\t')).Where(f => f.Length >= 2 && f[0].Length > 0)
            .Select(f => (f[0], f[1] switch { "Level1" or "Level2" => HeaderRole.Level, "Name" => HeaderRole.Name, "Weight" => HeaderRole.Weight, "Score" => HeaderRole.Score, _ => HeaderRole.Other }, f[1].Trim()))
            .GroupBy(p => p.Item1[0]).ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Item1.Length).ToArray());

    // Level-2 keys (数量, 社会效益, 服务对象满意度 …) and the level-1 labels they belong to (产出指标, 效益指标 …).
    private static readonly string[] LevelWords =
        Lines("indicator-framework.tsv").Select(l => l.Split('\t')).Where(f => f.Length >= 2)
            .SelectMany(f => new[] { f[0], f[1] }).Where(w => w.Length > 0).Distinct().ToArray();

    private static readonly FrozenDictionary<char, string[]> Labels =
        Lines("form-labels.tsv").Select(l => l.Trim()).Where(l => l.Length > 0)
            .SelectMany(l => new[] { l, l.Replace('(', '（').Replace(')', '）') }).Distinct()
            .GroupBy(l => l[0]).ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(l => l.Length).ToArray());

    /// <summary>The words a total row opens with (total-rows.tsv, the list IndicatorFooters reads).</summary>
    public static readonly string[] TotalRowWords = [.. Lines("total-rows.tsv").Select(l => l.Trim()).Where(l => l.Length > 0)];

    /// <summary>The values a form writes in one character (是/否, 优/良/中/差, 高/低: one-character-values.tsv, the list the spaced-cell reader keeps apart).</summary>
    public static readonly FrozenSet<char> OneCharacterValues =
        Lines("one-character-values.tsv").Select(l => l.Trim()).Where(l => l.Length == 1).Select(l => l[0]).ToFrozenSet();

    /// <summary>The longest header phrase that starts at <paramref name="at"/>, or null.</summary>
    public static (string Text, HeaderRole Role, string Column)? PhraseAt(string text, int at)
    {
        if (!Phrases.TryGetValue(text[at], out var phrases)) return null;
        foreach (var phrase in phrases)
            if (text.AsSpan(at).StartsWith(phrase.Text, StringComparison.Ordinal)) return phrase;
        return null;
    }

    /// <summary>The longest form label that starts at <paramref name="at"/>, or null.</summary>
    public static string? FormLabelAt(string text, int at)
    {
        if (!Labels.TryGetValue(text[at], out var labels)) return null;
        foreach (var label in labels)
            if (text.AsSpan(at).StartsWith(label, StringComparison.Ordinal)) return label;
        return null;
    }

    /// <summary>
    /// The end of a level label of the framework that starts at <paramref name="at"/> ("产出指标", "社会公众或服务对象满意度指标",
    /// "数量指标(10分)"): the text up to the first 指标 after it, when that names a framework word and no column
    /// ("一级指标", "指标值"); null otherwise.
    /// </summary>
    public static int? LevelLabelEnd(string text, int at)
    {
        var window = Math.Min(LongestLevelLabel, text.Length - at);
        var mark = window < 2 ? -1 : text.IndexOf("指标", at, window, StringComparison.Ordinal);
        if (mark < 0) return null;
        var end = mark + 2;
        var label = text[at..end];
        if (label.Contains('级') || !LevelWords.Any(w => label.Contains(w, StringComparison.Ordinal))) return null;
        if (end < text.Length && text[end] == '值') return null;
        if (end < text.Length && text[end] is '(' or '（')
        {
            var close = end + 1;
            while (close < text.Length && close - end <= LongestPoints && char.IsAsciiDigit(text[close])) close++;
            if (close > end + 1 && close + 1 < text.Length && text[close] == '分' && text[close + 1] is ')' or '）') end = close + 2;
        }
        return end;
    }

    /// <summary>True when the whole of <paramref name="text"/> is a framework level label that opens with its framework word
    /// ("产出指标", "经济效益指标"), not a longer text ending in one.</summary>
    public static bool IsWholeLevelLabel(string text) =>
        LevelLabelEnd(text, 0) == text.Length && LevelWords.Any(w => text.StartsWith(w, StringComparison.Ordinal));

    private static IEnumerable<string> Lines(string name)
    {
        using var stream = typeof(FormWords).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"Embedded data '{Prefix + name}' is missing from the build.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') lines.Add(line);
        return lines;
    }
}
