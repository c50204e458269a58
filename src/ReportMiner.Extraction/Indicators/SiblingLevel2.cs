using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// 成本指标 is a level 1 of its own in the 2021 framework and a level 2 beside 数量/质量/时效指标 under 产出指标 in the
/// older forms. Written right after rows under another level 2 of the same level 1, with no level-2 label of its own
/// beside it, it is their sibling: the form's level-1 cell spans down from 产出指标, and a text export that dropped
/// it left 成本指标 first in the row, under the level-1 column.
/// </summary>
internal static class SiblingLevel2
{
    /// <summary>True when <paramref name="label"/>, read as a level 1, continues the level 2s of the rows above.</summary>
    public static bool Continues(string? label, IndicatorRecord? previous)
    {
        if (label is null || previous?.Level1 is not { } carried || previous.Level2 is not { } sibling) return false;
        var text = IndicatorFramework.LevelText(label);
        if (!IndicatorFramework.IsLevel1Label(text) || IndicatorFramework.Level1Of(text) is not { } owner || TextKey.Of(owner) == TextKey.Of(text)) return false;
        return IndicatorFramework.IsLevelLabel(sibling) && !IndicatorFramework.IsLevel1Label(sibling)
               && IndicatorFramework.Level1Of(sibling) == owner && IndicatorFramework.CanHold(carried, text);
    }

    /// <summary>
    /// A row whose first cell, under the level-1 column, is such a sibling and whose level-2 cell holds the name: the
    /// shift that puts the label under level 2. The row must be short of the header, having lost the spanned cell.
    /// </summary>
    public static int? ShiftedRight(IReadOnlyList<string> cells, IReadOnlyDictionary<ColumnRole, int> columns, int width, int shift, IndicatorRecord? previous)
    {
        if (!columns.TryGetValue(ColumnRole.Level1, out var level1) || !columns.TryGetValue(ColumnRole.Level2, out var level2) || level2 != level1 + 1) return null;
        if (RowAligner.Filled(cells) >= width) return null;
        var atLevel2 = RowAligner.At(cells, level2, shift);
        if (!Continues(RowAligner.At(cells, level1, shift), previous) || !CellKinds.IsLabel(atLevel2) || IndicatorFramework.IsLevelLabel(atLevel2)) return null;
        return shift + 1;
    }
}
