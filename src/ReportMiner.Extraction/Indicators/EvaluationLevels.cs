using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Level labels of the evaluation frameworks that third-party score tables use — level 1 投入, 过程, 产出, 效果; 项目决策 …
/// (Data/evaluation-level1.tsv), level 2 项目立项, 资金管理, 组织实施, 产出数量 … (Data/evaluation-level2.tsv) — beside the
/// national target framework's 产出指标, 数量指标, 社会效益指标 … (IndicatorFramework).
/// </summary>
internal static class EvaluationLevels
{
    private static readonly Lazy<HashSet<string>> Level1Labels = new(() => EmbeddedData.Lines("Indicators.Data.evaluation-level1.tsv").ToHashSet());

    /// <summary>True for a level-1 label of an evaluation framework or of the national target framework, points and all ("投入（20分）").</summary>
    public static bool IsLevel1Word(string text)
    {
        var key = IndicatorFramework.LabelWithoutPoints(text);
        if (IndicatorFramework.IsLevel1Label(key)) return true;
        foreach (var suffix in new[] { "指标", "目标" })
            if (key.EndsWith(suffix, StringComparison.Ordinal) && key.Length > suffix.Length) key = key[..^suffix.Length];
        return Level1Labels.Value.Contains(key);
    }

    private static readonly Lazy<HashSet<string>> Level2Labels = new(() => EmbeddedData.Lines("Indicators.Data.evaluation-level2.tsv").ToHashSet());

    /// <summary>True for a level-2 label of either framework, points and all ("资金管理（10分）", "数量指标").</summary>
    public static bool IsLevel2Word(string text)
    {
        if (IndicatorFramework.IsLevelLabel(text) && !IndicatorFramework.IsLevel1Label(text)) return true;
        var key = IndicatorFramework.LabelWithoutPoints(text);
        if (key.EndsWith("指标", StringComparison.Ordinal) && key.Length > 2) key = key[..^2];
        return Level2Labels.Value.Contains(key);
    }
}
