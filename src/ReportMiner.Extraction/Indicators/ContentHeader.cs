using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// An indicator header whose words the phrase list does not know (项目指标类型 | 绩效指标 | 绩效目标 | 优 | 良), known by
/// its shape — a row of short label cells without numbers — and by the rows under it: a column of level labels
/// (产出指标, 效率指标 …), right of it a column of names, right of those a column of values. Columns the header words
/// name keep their role; the level, name and target columns the words leave unnamed take the role their cells show.
/// Without a column of level labels below it no row is taken for a header, so a budget table (项目 | 年初预算 | 执行数)
/// never is.
/// </summary>
internal static class ContentHeader
{
    private const int MinCells = 3;
    private const int LongestHeaderCell = 12;
    private const int LongestLevelLabel = 6;
    private const int MinRows = 2;
    private const int LongestValue = 60;

    /// <param name="cells">The candidate header row.</param>
    /// <param name="rowsBelow">The rows of its table below it (read only for a row of the header's shape).</param>
    public static IndicatorHeader? Read(IReadOnlyList<string> cells, Func<IReadOnlyList<IReadOnlyList<string>>> rowsBelow)
    {
        if (!IsShape(cells)) return null;
        var body = rowsBelow();
        if (body.Count < MinRows) return null;
        var columns = cells.Select(t => new HeaderColumn(t, HeaderSemantics.RoleOf(t))).ToList();
        bool Unnamed(int c) => columns[c].Role == ColumnRole.None;
        // A generic word ("项目指标类型" holds 指标) may head the level column as well as the name column; so may a level
        // word (指标类型) in a header that names no level 2: one that does (一级指标 | 二级指标 | 三级指标 over blank
        // points columns) is read by its words, its blank columns from the rows (UnnamedPointsHeader).
        var namedLevel1 = !columns.Any(c => c.Role == ColumnRole.Level2);
        var level = Enumerable.Range(0, columns.Count)
            .FirstOrDefault(c => (columns[c].Role is ColumnRole.None or ColumnRole.Name || namedLevel1 && columns[c].Role == ColumnRole.Level1)
                                 && HoldsLevels(Written(body, c)), -1);
        if (level < 0) return null;
        var levelRows = body.Where(r => level < r.Count && IsLevelWord(r[level])).ToList();
        columns[level] = columns[level] with { Role = Written(levelRows, level).Any(EvaluationLevels.IsLevel1Word) ? ColumnRole.Level1 : ColumnRole.Level2 };

        // Rows that write their level cell are read whole: a row that lost its spanned cells starts further left.
        var name = columns.FindIndex(level + 1, c => c.Role == ColumnRole.Name);
        if (name < 0)
        {
            name = Enumerable.Range(level + 1, Math.Max(0, columns.Count - level - 1))
                .FirstOrDefault(c => Unnamed(c) && Written(levelRows, c) is { Count: > 0 } w && w.All(t => CellKinds.IsLabel(t) && !IsLevelWord(t)), -1);
            if (name < 0) return null;
            columns[name] = columns[name] with { Role = ColumnRole.Name };
        }
        if (!columns.Any(c => c.Role is ColumnRole.Target or ColumnRole.Actual))
        {
            var target = Enumerable.Range(name + 1, Math.Max(0, columns.Count - name - 1))
                .FirstOrDefault(c => Unnamed(c) && HoldsValues(Written(levelRows, c)), -1);
            if (target >= 0) columns[target] = columns[target] with { Role = ColumnRole.Target };
        }
        return IndicatorHeader.FromColumns(columns);
    }

    /// <summary>Three or more short label cells, none a number, a level label or a filled-in value.</summary>
    private static bool IsShape(IReadOnlyList<string> cells)
    {
        var filled = cells.Select(TextKey.Of).Where(k => k.Length > 0).ToList();
        return filled.Count >= MinCells && filled.Distinct().Count() == filled.Count
               && filled.All(k => k.Length <= LongestHeaderCell && !k.Any(char.IsAsciiDigit) && CellKinds.IsLabel(k) && !IsFrameworkLevel(k));
    }

    private static List<string> Written(IEnumerable<IReadOnlyList<string>> rows, int column) =>
        rows.Where(r => column < r.Count && TextKey.Of(r[column]).Length > 0).Select(r => r[column]).ToList();

    /// <summary>Two or more rows write a level label here, one of them a label the frameworks know.</summary>
    private static bool HoldsLevels(List<string> written) =>
        written.Count(IsLevelWord) >= MinRows && written.Any(IsFrameworkLevel);

    private static bool IsFrameworkLevel(string text) => EvaluationLevels.IsLevel1Word(text) || IndicatorFramework.IsLevelLabel(text);

    /// <summary>A label of the frameworks, or any short label a form builds the same way ("效率指标", "成效目标") that is no
    /// header phrase of its own ("绩效指标", "年度目标").</summary>
    private static bool IsLevelWord(string text)
    {
        var key = IndicatorFramework.LabelWithoutPoints(text);
        return IsFrameworkLevel(key)
               || (key.Length is > 2 and <= LongestLevelLabel && (key.EndsWith("指标", StringComparison.Ordinal) || key.EndsWith("目标", StringComparison.Ordinal))
                   && !key.Any(char.IsAsciiDigit) && HeaderSemantics.PhraseOf(key) is not { Length: > 2 });
    }

    /// <summary>Every row writes a short value here, and at least one a figure.</summary>
    private static bool HoldsValues(List<string> written) =>
        written.Count > 0 && written.All(t => TextKey.Of(t).Length <= LongestValue) && written.Any(t => TextKey.Of(t).Any(char.IsAsciiDigit))
        && written.Count(t => CellKinds.IsValue(t) || TextKey.Of(t).Any(char.IsAsciiDigit)) * 2 >= written.Count;
}
