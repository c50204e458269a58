using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Level-2 labels of the evaluation frameworks that third-party score tables use (项目立项, 资金管理, 组织实施, 产出数量 …;
/// Data/evaluation-level2.tsv), beside the national target framework's 数量指标, 社会效益指标 … (IndicatorFramework).
/// </summary>
internal static class EvaluationLevels
{
    private static readonly Lazy<HashSet<string>> Labels = new(() => EmbeddedData.Lines("Indicators.Data.evaluation-level2.tsv").ToHashSet());

    /// <summary>True for a level-2 label of either framework, points and all ("资金管理（10分）", "数量指标").</summary>
    public static bool IsLevel2Word(string text)
    {
        if (IndicatorFramework.IsLevelLabel(text) && !IndicatorFramework.IsLevel1Label(text)) return true;
        var key = IndicatorFramework.WithoutPoints(TextKey.Label(text));
        if (key.EndsWith("指标", StringComparison.Ordinal) && key.Length > 2) key = key[..^2];
        return Labels.Value.Contains(key);
    }
}
