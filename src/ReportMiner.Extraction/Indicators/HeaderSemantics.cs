using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Reads a header row of an indicator table by meaning, not position: 一级指标/二级指标/三级指标/指标名称,
/// 年度指标值/目标值, 实际完成值, 分值/权重, 得分, 是否达标, 完成率. Longer, more specific words win.
/// </summary>
public static class HeaderSemantics
{
    // Ordered: the first phrase a header contains decides its role.
    private static readonly (string Phrase, ColumnRole Role)[] Phrases =
    [
        ("一级指标", ColumnRole.Level1), ("一级目标", ColumnRole.Level1),
        ("二级指标", ColumnRole.Level2), ("二级目标", ColumnRole.Level2),
        ("三级指标", ColumnRole.Name), ("三级目标", ColumnRole.Name),
        ("是否达标", ColumnRole.Met), ("是否完成", ColumnRole.Met), ("是否达到", ColumnRole.Met), ("达标情况", ColumnRole.Met),
        ("自评得分", ColumnRole.Score), ("评价得分", ColumnRole.Score), ("得分", ColumnRole.Score),
        ("分值", ColumnRole.Weight), ("权重", ColumnRole.Weight), ("标准分", ColumnRole.Weight),
        ("实际完成", ColumnRole.Actual), ("完成值", ColumnRole.Actual), ("实际值", ColumnRole.Actual), ("完成情况", ColumnRole.Actual),
        ("实际达到", ColumnRole.Actual), ("全年实际", ColumnRole.Actual), ("执行情况", ColumnRole.Actual),
        ("年度指标值", ColumnRole.Target), ("指标目标值", ColumnRole.Target), ("绩效目标值", ColumnRole.Target),
        ("年度目标值", ColumnRole.Target), ("目标值", ColumnRole.Target), ("预期值", ColumnRole.Target),
        ("计划值", ColumnRole.Target), ("指标值", ColumnRole.Target), ("年度目标", ColumnRole.Target),
        ("完成率", ColumnRole.Rate),
        ("指标名称", ColumnRole.Name), ("指标内容", ColumnRole.Name), ("具体指标", ColumnRole.Name),
        ("主要绩效指标", ColumnRole.Name), ("绩效目标内容", ColumnRole.Name), ("考核指标", ColumnRole.Name),
        ("绩效指标", ColumnRole.Name), ("指标", ColumnRole.Name),
    ];

    private static readonly string[] NotHeaders = ["偏差", "原因", "说明", "备注", "改进"];

    public static ColumnRole RoleOf(string header)
    {
        var key = TextKey.Of(header);
        if (key.Length == 0 || key.Length > 24 || NotHeaders.Any(key.Contains)) return ColumnRole.None;
        foreach (var (phrase, role) in Phrases)
            if (key.Contains(phrase, StringComparison.Ordinal)) return role;
        return ColumnRole.None;
    }

    /// <summary>The column of each role in a header row, or null when the row is not an indicator header.</summary>
    /// <param name="spansDown">True for a column whose header cell also covers the rows below: a side label such
    /// as "绩效指标", not a column header.</param>
    public static IReadOnlyDictionary<ColumnRole, int>? Read(IReadOnlyList<string> cells, Func<int, bool>? spansDown = null)
    {
        var columns = new Dictionary<ColumnRole, int>();
        var nameRank = int.MaxValue;
        for (var c = 0; c < cells.Count; c++)
        {
            if (c > 0 && cells[c] == cells[c - 1]) continue;
            if (spansDown?.Invoke(c) == true) continue;
            var role = RoleOf(cells[c]);
            if (role == ColumnRole.None) continue;
            if (role == ColumnRole.Name)
            {
                // 三级指标 beats 指标名称 beats a generic "绩效指标" label column.
                var rank = Array.FindIndex(Phrases, p => p.Role == ColumnRole.Name && TextKey.Of(cells[c]).Contains(p.Phrase));
                if (rank < nameRank) { nameRank = rank; columns[role] = c; }
                continue;
            }
            columns.TryAdd(role, c);
        }
        if (!columns.ContainsKey(ColumnRole.Name)) return null;
        var values = new[] { ColumnRole.Target, ColumnRole.Actual, ColumnRole.Rate, ColumnRole.Weight, ColumnRole.Score };
        if (!values.Any(columns.ContainsKey)) return null;
        if (!columns.ContainsKey(ColumnRole.Actual) && columns.TryGetValue(ColumnRole.Rate, out var rate))
            columns[ColumnRole.Actual] = rate;
        return columns;
    }
}
