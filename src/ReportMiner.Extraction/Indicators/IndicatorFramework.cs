using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// The national indicator framework (Indicators/Data/indicator-framework.tsv): which level-1 label a level-2 label
/// belongs to (数量指标 → 产出指标, 社会效益指标 → 效益指标, 服务对象满意度指标 → 满意度指标).
/// </summary>
public static partial class IndicatorFramework
{
    private static readonly Lazy<(string Key, string Level1)[]> Entries = new(() =>
        EmbeddedData.Lines("Indicators.Data.indicator-framework.tsv")
            .Select(l => l.Split('\t'))
            .Select(p => (p[0], p[1]))
            .ToArray());

    // Level-1 labels as forms print them (Data/level1-labels.tsv).
    private static readonly string[] Level1Labels = [.. EmbeddedData.Lines("Indicators.Data.level1-labels.tsv")];

    /// <summary>The level-1 label a level-2 label belongs to, or null when the framework does not say.</summary>
    public static string? Level1Of(string? level2)
    {
        var key = Key(level2 ?? string.Empty);
        if (key.Length == 0) return null;
        foreach (var (word, level1) in Entries.Value)
            if (key.Contains(word, StringComparison.Ordinal)) return level1;
        return null;
    }

    /// <summary>True for a level-1 or level-2 label of the framework as printed in a level column
    /// ("产出指标", "数量指标", "满意度指标（10分）"), which is row content, never a header.</summary>
    public static bool IsLevelLabel(string text)
    {
        var key = Key(text);
        if (IsBareLevelLabel(key)) return true;
        // "时效指标(工期指标)", "数量指标(或建筑规模指标)", "预算(或投资规模)控制指标": some forms print the label with
        // the other name the form allows in brackets (R443, R444); without the gloss it is the framework's label.
        return key.IndexOfAny(['(', '（']) >= 0 && Gloss().Replace(key, string.Empty) is var bare && bare.Length < key.Length && IsBareLevelLabel(bare);
    }

    private static bool IsBareLevelLabel(string key) =>
        Level1Labels.Contains(key)
        || ((key.EndsWith("指标", StringComparison.Ordinal) || key.EndsWith("目标", StringComparison.Ordinal)) && key.Length <= 16 && Level1Of(key) is not null
            && !key.Contains("级", StringComparison.Ordinal) && !key.Contains("值", StringComparison.Ordinal));

    [GeneratedRegex(@"[(（][\u4e00-\u9fa5、，,]{1,14}[)）]")]
    private static partial Regex Gloss();

    /// <summary>True when the label opens with a framework word or is a level-1 label ("社会效益指标", "产出指标"), not
    /// with other text before one ("措施产出指标", "安全性满意度指标").</summary>
    public static bool StartsWithFrameworkWord(string text)
    {
        var key = Key(text);
        return Level1Labels.Contains(key) || Entries.Value.Any(e => key.StartsWith(e.Key, StringComparison.Ordinal));
    }

    /// <summary>True for the start of a level label cut off before its end: a framework key or its beginning ("生态",
    /// "社会效益", "服务对象满意"), without the 指标 a level label ends with.</summary>
    public static bool StartsLevelLabel(string text)
    {
        var key = Key(text);
        return key.Length >= 2 && !IsLevelLabel(key)
               && (IsLevelLabel(key + "指标") || Entries.Value.Any(e => e.Key.Length > key.Length && e.Key.StartsWith(key, StringComparison.Ordinal)));
    }

    /// <summary>
    /// False when a level-1 label carried down from rows above cannot hold <paramref name="level2"/> by the framework
    /// (产出指标 above 社会效益指标): the export lost the new level-1 cell, and the framework's own level 1 is right.
    /// Provinces that write 效果指标 for 效益指标, or make 成本指标 a level 1 of its own, still fit, and so does the
    /// older national form's 服务对象满意度指标 under 效益指标.
    /// </summary>
    public static bool CanHold(string level1, string? level2)
    {
        var framework = Level1Of(level2);
        if (framework is null) return true;
        var carried = Family(WithoutPoints(TextKey.Of(level1)));
        var own = Family(framework);
        return carried is null || carried == own || (carried, own) is ("效益", "满意度");
    }

    /// <summary>The level 1 a level-2 label stands under: the one carried from above where it can hold the label
    /// (<see cref="CanHold"/>), else the framework's own.</summary>
    public static string? OwnerOf(string level2, string? carried) =>
        carried is not null && CanHold(carried, level2) ? carried : Level1Of(level2);

    private static string? Family(string level1) =>
        level1.Contains("满意", StringComparison.Ordinal) ? "满意度"
        : level1.Contains("效益", StringComparison.Ordinal) || level1.Contains("效果", StringComparison.Ordinal) || level1.Contains("影响", StringComparison.Ordinal) ? "效益"
        : level1.Contains("产出", StringComparison.Ordinal) || level1.Contains("成本", StringComparison.Ordinal) ? "产出"
        : null;

    /// <summary>
    /// The two levels of a cell that writes both ("产出指标-数量指标", "效益指标/社会效益指标"): a level-1 label, a dash
    /// or slash, and a level-2 label that the level 1 can hold; null for any other text.
    /// </summary>
    public static (string Level1, string Level2)? SplitLevels(string text)
    {
        var key = TextKey.Label(text);
        var cut = key.IndexOfAny(LevelSeparators);
        if (cut <= 0 || cut == key.Length - 1) return null;
        var level1 = WithoutPoints(key[..cut]);
        var level2 = WithoutPoints(key[(cut + 1)..].TrimStart(LevelSeparators));
        return IsLevel1Label(level1) && IsLevelLabel(level2) && !IsLevel1Label(level2) && CanHold(level1, level2) ? (level1, level2) : null;
    }

    private static readonly char[] LevelSeparators = ['-', '—', '－', '–', '/', '／', '|', '·'];

    /// <summary>True for a label of the framework as it stands, nothing before or inside it: a level-1 label or a
    /// framework word with 指标 ("数量指标", "经济成本指标"), not "质量问题时效指标".</summary>
    public static bool IsExactLabel(string text) =>
        Level1Labels.Contains(text) || (text.EndsWith("指标", StringComparison.Ordinal) && Entries.Value.Any(e => e.Key.Length == text.Length - 2 && text.StartsWith(e.Key, StringComparison.Ordinal)));

    /// <summary>True for a level-1 label ("产出指标", "效益", "满意度指标（10分）").</summary>
    public static bool IsLevel1Label(string text) => Level1Labels.Contains(Key(text));

    /// <summary>
    /// A level cell as its label: no points, and no number in front ("2、财务管理", "一、产出指标"). No level label of the
    /// framework is numbered; a number there is a heading's enumerator or the page number a document-sharing site
    /// glued onto the first cell of the row that opened its page.
    /// </summary>
    public static string LevelText(string text) => WithoutNumber(LabelWithoutPoints(text));

    /// <summary>A cell read as a label (<see cref="TextKey.Label"/>) without its points: "投入（20分）" → "投入".</summary>
    public static string LabelWithoutPoints(string text) => WithoutPoints(TextKey.Label(text));

    private static string Key(string text) => WithoutNumber(WithoutPoints(TextKey.Of(text)));

    private static string WithoutNumber(string key)
    {
        var m = LeadingNumber().Match(key);
        return m.Success && m.Length < key.Length ? key[m.Length..] : key;
    }

    [GeneratedRegex(@"^(?:\d{1,2}[、.．]|[一二三四五六七八九十]{1,3}[、.．]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])(?!\d)")]
    private static partial Regex LeadingNumber();

    /// <summary>A framework level label without the form's note after it: "数量指标(必填硬性指标)" → "数量指标".</summary>
    public static string WithoutNote(string key)
    {
        var open = key.IndexOfAny(['(', '（']);
        return open >= 2 && (key.EndsWith(')') || key.EndsWith('）')) && IsLevelLabel(key[..open]) ? key[..open] : key;
    }

    /// <summary>A level cell without its points: "产出指标（50分）" → "产出指标"; "（50分" (bracket lost) → ""; a points range
    /// with its unit after the bracket, "成本指标(0-20)分" → "成本指标".</summary>
    public static string WithoutPoints(string key) =>
        key.Contains('分') ? Points().Replace(key, string.Empty).Trim() : key.Trim(); // no points without 分: skips the scan

    [GeneratedRegex(@"[(（]?\s*\d+(?:\.\d+)?\s*分\s*[)）]?$|[(（]\s*\d+(?:\.\d+)?\s*[-－~～—–至]\s*\d+(?:\.\d+)?\s*(?:分\s*[)）]|[)）]\s*分)$")]
    private static partial Regex Points();
}
