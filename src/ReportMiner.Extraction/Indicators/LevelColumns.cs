using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// A level-1 column read from the values under it when no header word names it: score tables of evaluations head it
/// "内容", "评价内容" or leave it blank, but down the column stand an evaluation framework's level-1 labels (投入, 过程,
/// 产出, 效果; 项目决策, 项目管理 …; Data/evaluation-level1.tsv, EvaluationLevels). A column left of the name that writes nothing but such
/// labels (or both levels in one cell, "产出指标-数量指标") in the rows that write their name under the name column is the
/// level-1 column; one that writes nothing but the framework's level-2 labels (数量指标, 社会效益指标) is the level 2.
/// </summary>
internal static class LevelColumns
{
    private const int MinRows = 1;
    private const int MinLevelRows = 2;

    public static IndicatorHeader Complete(IndicatorHeader header, IReadOnlyList<IReadOnlyList<string>> body)
    {
        header = NamesRightOfLevels(header, body);
        var roles = header.Roles;
        if (!roles.TryGetValue(ColumnRole.Name, out var name)) return header;
        // Rows read where their header puts them: a row that lost its spanned cells holds a scoring rule under the name.
        // Aligned only once a column needs them: most headers name every column left of the name.
        List<IReadOnlyList<string>>? aligned = null;
        var given = new Dictionary<int, ColumnRole>();
        bool Has(ColumnRole role) => roles.ContainsKey(role) || given.ContainsValue(role);
        for (var c = 0; c < name; c++)
        {
            // A column no header word names, or a generic "绩效指标" label the better-named name column outranked.
            if (header.Columns[c] is not { SideLabel: false } column || column.Role is not (ColumnRole.None or ColumnRole.Name) || roles.Values.Contains(c)) continue;
            // Only rows whose name stands under the name column: a row that lost its spanned cells starts further right.
            aligned ??= body.Where(cells => RowAligner.Align(cells, roles, header.Width).Shift == 0).ToList();
            var written = aligned.Where(cells => name < cells.Count && CellKinds.IsLabel(cells[name]) && !EvaluationLevels.IsLevel1Word(cells[name]))
                .Select(cells => cells[c])
                .Where(t => TextKey.Of(t).Length > 0)
                .ToList();
            if (written.Count < MinRows) continue;
            if (!Has(ColumnRole.Level1) && written.All(t => EvaluationLevels.IsLevel1Word(t) || IndicatorFramework.SplitLevels(t) is not null))
                given[c] = ColumnRole.Level1;
            else if (!Has(ColumnRole.Level2) && IsLevel2Column(written))
                given[c] = ColumnRole.Level2;
        }
        return given.Count == 0 ? header : header.WithRoles(given);
    }

    /// <summary>
    /// A generic header word over all the level columns ("评价指标" spanning 一级/二级/三级, "指标层级一"): the column the
    /// words call the name writes an evaluation framework's level-1 labels in every whole row, so it is the level 1, and
    /// the names stand right of it — after a column of level-2 labels when there is one.
    /// </summary>
    private static IndicatorHeader NamesRightOfLevels(IndicatorHeader header, IReadOnlyList<IReadOnlyList<string>> body)
    {
        var roles = header.Roles;
        if (!roles.TryGetValue(ColumnRole.Name, out var name) || roles.ContainsKey(ColumnRole.Level1) || roles.ContainsKey(ColumnRole.Level2)) return header;
        // Whole rows: those that write the most cells (a row under spanning level cells writes fewer, and its
        // text export starts further left).
        var widest = body.Count == 0 ? 0 : body.Max(RowAligner.Filled);
        var whole = body.Where(cells => RowAligner.Filled(cells) == widest && name + 2 < cells.Count && TextKey.Of(cells[name]).Length > 0).ToList();
        if (whole.Count < MinLevelRows || !whole.All(cells => EvaluationLevels.IsLevel1Word(cells[name]))) return header;
        bool Free(int c) => c < header.Width && header.Columns[c].Role is ColumnRole.None or ColumnRole.Name && !roles.Values.Contains(c);
        var next = whole.Select(cells => cells[name + 1]).ToList();
        var given = new Dictionary<int, ColumnRole> { [name] = ColumnRole.Level1 };
        if (Free(name + 1) && Free(name + 2) && IsLevel2Column(next) && whole.All(cells => name + 2 < cells.Count && IsName(cells[name + 2])))
            (given[name + 1], given[name + 2]) = (ColumnRole.Level2, ColumnRole.Name);
        else if (Free(name + 1) && next.All(IsName)) given[name + 1] = ColumnRole.Name;
        else return header;
        return header.WithRoles(given);
    }

    private static bool IsName(string text) =>
        CellKinds.IsLabel(text) && !EvaluationLevels.IsLevel1Word(text) && !EvaluationLevels.IsLevel2Word(text) && !CellKinds.IsNumber(text);

    /// <summary>
    /// Level-2 labels of either framework down the column; a score table may also write a label both frameworks use
    /// at either level ("满意度" under 效益), as long as most cells are level-2 labels only.
    /// </summary>
    private static bool IsLevel2Column(List<string> written)
    {
        var level2 = written.Count(t => EvaluationLevels.IsLevel2Word(t) && !EvaluationLevels.IsLevel1Word(t));
        return level2 * 2 > written.Count && written.All(t => EvaluationLevels.IsLevel2Word(t) || EvaluationLevels.IsLevel1Word(t));
    }
}
