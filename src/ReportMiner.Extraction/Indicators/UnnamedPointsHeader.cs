namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// A header row that names only the levels and the name (一级指标 | | 二级指标 | | 三级指标 | |), the cells over its
/// 分值 and 得分 left empty by an export, is an indicator header when the rows under it write points in those columns:
/// which of them holds the weights and which the scores is read from the values as for any unnamed points column.
/// </summary>
internal static class UnnamedPointsHeader
{
    /// <param name="cells">The candidate header row.</param>
    /// <param name="rowsBelow">The rows of its table below it (read only for a row of level and name words).</param>
    public static IndicatorHeader? Read(IReadOnlyList<string> cells, Func<IReadOnlyList<IReadOnlyList<string>>> rowsBelow)
    {
        if (!HeaderSemantics.IsLabelRow(cells) || IndicatorHeader.LevelsAndName(cells) is not { } partial) return null;
        var read = PointsColumns.Complete(partial, rowsBelow());
        return read.Roles.ContainsKey(ColumnRole.Weight) || read.Roles.ContainsKey(ColumnRole.Score) ? read : null;
    }
}
