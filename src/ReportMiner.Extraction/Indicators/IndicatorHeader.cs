using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// The header of an indicator table, composed from one or more header rows column by column before any role is
/// assigned. With real merged cells the rows line up (a cell spanning rows repeats, a group label spans its
/// sub-columns). Text and HTML exports lose the spans: the lower row then lists only the sub-columns, so each
/// upper cell takes the lower cells that can be its sub-columns (年度指标值 → 指标性质 | 指标值 | 度量单位), and
/// stays one column when none can.
/// </summary>
public sealed class IndicatorHeader
{
    private IndicatorHeader(IReadOnlyList<HeaderColumn> columns, IReadOnlyDictionary<ColumnRole, int> roles)
    {
        Columns = columns;
        Roles = roles;
    }

    internal IReadOnlyList<HeaderColumn> Columns { get; }

    /// <summary>The column of each role.</summary>
    public IReadOnlyDictionary<ColumnRole, int> Roles { get; }

    /// <summary>How many columns the header describes.</summary>
    public int Width => Columns.Count;

    /// <summary>The same header with some columns' roles given from elsewhere (the values under them).</summary>
    internal IndicatorHeader WithRoles(IReadOnlyDictionary<int, ColumnRole> given)
    {
        var columns = Columns.Select((c, i) => given.TryGetValue(i, out var role) ? c with { Role = role } : c).ToList();
        return HeaderSemantics.Roles(columns) is { } roles ? new IndicatorHeader(columns, roles) : this;
    }

    /// <summary>
    /// The header completed by the rest of its cells written as a line of words below it (<see cref="HeaderRestLine"/>):
    /// each word, left to right, joins the next column the header left unnamed whose text it turns into a header
    /// phrase (绩效 + 目标值 → 绩效目标值, 实际 + 完成值 → 实际完成值). Null unless every word does so and at least two
    /// columns gain a role.
    /// </summary>
    internal IndicatorHeader? WithWrappedWords(IReadOnlyList<string> words)
    {
        var columns = Columns.ToList();
        var c = 0;
        foreach (var word in words)
        {
            for (; c < columns.Count; c++)
            {
                var upper = columns[c];
                if (upper.Role != ColumnRole.None || upper.SideLabel || TextKey.Of(upper.Text).Length == 0) continue;
                var role = HeaderSemantics.RoleOf(upper.Text.Trim() + word);
                if (role == ColumnRole.None) continue;
                columns[c] = new HeaderColumn(upper.Text.Trim() + word, role);
                break;
            }
            if (c++ >= columns.Count) return null;
        }
        return words.Count >= 2 && HeaderSemantics.Roles(columns) is { } roles ? new IndicatorHeader(columns, roles) : null;
    }

    /// <summary>A header of columns whose roles were given elsewhere (by the cells under them); null when they make no indicator header.</summary>
    internal static IndicatorHeader? FromColumns(List<HeaderColumn> columns) =>
        HeaderSemantics.Roles(columns) is { } roles ? new IndicatorHeader(columns, roles) : null;

    /// <summary>
    /// A one-row header whose words name the level and name columns but no value column, the cells over its points
    /// columns empty (an export lost them): only a start for <see cref="PointsColumns"/>, never a header by itself.
    /// </summary>
    internal static IndicatorHeader? LevelsAndName(IReadOnlyList<string> cells)
    {
        var columns = cells.Select(t => new HeaderColumn(t, HeaderSemantics.RoleOf(t))).ToList();
        if (HeaderSemantics.Roles(columns, valuesRequired: false) is not { } roles) return null;
        return roles.ContainsKey(ColumnRole.Level1) || roles.ContainsKey(ColumnRole.Level2) ? new IndicatorHeader(columns, roles) : null;
    }

    /// <param name="rows">Header rows, top first, each as its per-column texts.</param>
    /// <param name="spansDown">For the last row: true where its cell also covers the rows below (a side label).</param>
    public static IndicatorHeader? FromRows(IReadOnlyList<IReadOnlyList<string>> rows, Func<int, bool>? spansDown = null)
    {
        // The first row may name fewer than two roles itself when its cells wrapped ("绩效" | "一级" | "年度指").
        if (rows.Count == 0 || !HeaderSemantics.IsLabelRow(rows[0]) && (rows.Count == 1 || !HeaderSemantics.IsWrappedRest(rows[0]))) return null;
        var columns = rows[0].Select(t => new HeaderColumn(t, HeaderSemantics.RoleOf(t))).ToList();
        var fragments = !HeaderSemantics.IsLabelRow(rows[0]);
        for (var r = 1; r < rows.Count; r++)
        {
            // A row that names too few roles itself, or the row below such a row, counts only as the wrapped rest of
            // the cells above it.
            if (!fragments && HeaderSemantics.IsLabelRow(rows[r])) columns = Merge(columns, rows[r]);
            else if ((HeaderSemantics.IsLabelRow(rows[r]) || HeaderSemantics.IsWrappedRest(rows[r])) && Wrapped(columns, rows[r]) is { } joined) columns = joined;
            else return null;
            fragments = false;
        }
        if (spansDown is not null)
            for (var c = 0; c < columns.Count && c < rows[^1].Count; c++)
                if (spansDown(c)) columns[c] = columns[c] with { SideLabel = true };
        columns = LearnedHeaderRoles.Fill(columns);
        return HeaderSemantics.Roles(columns) is { } roles ? new IndicatorHeader(columns, roles) : null;
    }

    /// <summary>
    /// The columns of an indicator table whose header is not in the text (an excerpt or a page that starts inside
    /// the table), read from one row of it: framework level labels (产出指标 | 数量指标; an evaluation's 决策 | 项目立项), then the name, then the
    /// values in the national form's order (年度指标值, 实际完成值, 分值, 得分) or with 分值 first, as the values fit. Null for any other row.
    /// </summary>
    public static IndicatorHeader? Implied(IReadOnlyList<string> cells) =>
        ImpliedFrom(cells) ?? (ImpliedLeadCell.LeftOut(cells) is { } rest ? ImpliedFrom(rest) : null);

    private static IndicatorHeader? ImpliedFrom(IReadOnlyList<string> cells)
    {
        var filled = WithoutLevelPoints(cells.Select((text, i) => (Text: text, Index: i)).Where(c => TextKey.Of(c.Text).Length > 0).ToList());
        if (filled.Count < 3) return null;
        int level1 = -1, level2 = -1, name;
        if (filled.Count >= 4 && (IndicatorFramework.IsLevel1Label(filled[0].Text) || EvaluationLevels.IsLevel1Word(filled[0].Text))
            && (EvaluationLevels.IsLevel2Word(filled[1].Text) || WritesPoints(filled[1].Text))
            && (!EvaluationLevels.IsLevel1Word(filled[1].Text) || UnderFrameworkLevel1(filled[0].Text, filled[1].Text)))
            (level1, level2, name) = (filled[0].Index, filled[1].Index, 2);
        // A form that puts a level of its own above the framework's (实施效果指标 | 产出指标 | …) writes it on the first row.
        else if (filled.Count >= 4 && IsOwnLevelAboveFramework(filled[0].Text) && IndicatorFramework.IsLevel1Label(filled[1].Text))
            (level1, level2, name) = (filled[0].Index, filled[1].Index, 2);
        else if (filled.Count >= 4 && IndicatorFramework.IsLevelLabel(filled[0].Text) && !IndicatorFramework.IsLevel1Label(filled[0].Text))
            (level2, name) = (filled[0].Index, 1);
        // The national form's numbered slot filled in ("指标6：举办健康讲座 | 12次 | 96次 | 1 | 1"), its level cells lost.
        else if (IsFilledSlot(filled[0].Text) && filled.Skip(1).Count(v => CellKinds.IsValue(v.Text) && TextKey.Of(v.Text).Any(char.IsAsciiDigit)) >= 2)
            name = 0;
        // A form without level columns that writes the target in parts (指标名称 | 计量单位 | 指标性质 | 指标值: R799, R138; R260
        // with levels): the unit and a bare comparator right after the name, a figure after them.
        else if (filled.Count >= 4 && IsUnitThenComparator(filled[1].Text, filled[2].Text) && TextKey.Of(filled[3].Text).Any(char.IsAsciiDigit))
            name = 0;
        else return null;
        if (name >= filled.Count || !CellKinds.IsLabel(filled[name].Text) || IndicatorFramework.IsLevelLabel(filled[name].Text)) return null;
        var values = filled.Skip(name + 1).ToList();
        if (values.Count == 0 || !values.Any(v => TextKey.Of(v.Text).Any(char.IsAsciiDigit))) return null;
        var width = cells.Count;
        var columns = Enumerable.Range(0, width).Select(_ => new HeaderColumn(string.Empty, ColumnRole.None)).ToList();
        // A form that writes the target in parts (计量单位 | 指标性质 | 指标值, or 指标性质 | 指标值 | 度量单位): the parts
        // are read first, and the cells after them in the national order without its 指标值.
        // A target form prints one value, its 指标值: a lone figure is the target, not points ("建设项目个数 | 1").
        var orders = values.Count == 1 ? [[ColumnRole.Target]] : ImpliedOrders;
        if ((level2 >= 0 || IsUnitThenComparator(filled[1].Text, filled[2].Text)) && TargetParts(values) is { } parts)
        {
            foreach (var (at, role) in parts) columns[values[at].Index] = new HeaderColumn(role.ToString(), role);
            values = values.Skip(parts.Max(p => p.At) + 1).ToList();
            orders = ImpliedOrders.Select(o => o.Where(r => r != ColumnRole.Target).ToArray()).ToArray();
        }
        int FitOf(ColumnRole[] o) => values.Take(o.Length).Select((v, i) => RowAligner.CellFit(o[i], v.Text)).Sum();
        var order = orders.MaxBy(FitOf)!;
        // Without level labels to go by, the values alone must fit their columns well (a figure under each).
        if (level2 < 0 && FitOf(order) < Math.Min(values.Count, order.Length)) return null;
        if (level1 >= 0) columns[level1] = new HeaderColumn("一级指标", ColumnRole.Level1);
        if (level2 >= 0) columns[level2] = new HeaderColumn("二级指标", ColumnRole.Level2);
        columns[filled[name].Index] = new HeaderColumn("三级指标", ColumnRole.Name);
        for (var v = 0; v < values.Count && v < order.Length; v++)
            columns[values[v].Index] = new HeaderColumn(order[v].ToString(), order[v]);
        return HeaderSemantics.Roles(columns) is { } roles ? new IndicatorHeader(columns, roles) : null;
    }

    /// <summary>
    /// Where a row writes its target in parts: a bare comparator cell (≥, ＝, 定性) among its first value cells, the
    /// target after it, and a unit cell right before the comparator or right after a bare-number target. Null when
    /// no comparator stands alone.
    /// </summary>
    private static List<(int At, ColumnRole Role)>? TargetParts(List<(string Text, int Index)> values)
    {
        var op = values.FindIndex(v => CellKinds.IsComparator(v.Text));
        // A 目标表 without a 指标性质 sign writes the figure and then its 度量单位 ("470 | 人/天 | 2"): a unit cell right
        // after the first figure is that figure's, and the figure the target.
        if (op < 0) return values.Count >= 2 && IsFigureWithUnit(values[0].Text, values[1].Text) ? [(0, ColumnRole.Target), (1, ColumnRole.Unit)] : null;
        if (op > MaxCellsBeforeComparator || op + 1 >= values.Count || IndicatorFramework.IsLevelLabel(values[op + 1].Text)
            || !CellKinds.IsValue(values[op + 1].Text) && !CellKinds.IsNumber(values[op + 1].Text))
            return null;
        var parts = new List<(int At, ColumnRole Role)> { (op, ColumnRole.TargetOp), (op + 1, ColumnRole.Target) };
        if (op > 0 && CellKinds.IsUnit(values[op - 1].Text)) parts.Add((op - 1, ColumnRole.Unit));
        else if (op + 2 < values.Count && CellKinds.IsNumber(values[op + 1].Text) && CellKinds.IsUnit(values[op + 2].Text)) parts.Add((op + 2, ColumnRole.Unit));
        return parts;
    }

    /// <summary>
    /// True when the second label is one the framework puts under the first (产出指标 | 成本指标): the forms before the 2021
    /// guidance count 成本 among the outputs, beside 数量/质量/时效, though later ones make it a level 1 of its own.
    /// </summary>
    private static bool UnderFrameworkLevel1(string level1, string level2) =>
        IndicatorFramework.IsLevel1Label(level1) && IndicatorFramework.Level1Of(level2) is { } parent
        && IndicatorFramework.LevelText(level1) == parent && IndicatorFramework.LevelText(level2) != parent;

    /// <summary>A bare figure and a unit word with no figure of its own (人/天, %, 个), never a result word (完成, 达标) nor
    /// the dash a form writes in an empty cell (a score table's "4 | 一 | 目标明确…").</summary>
    private static bool IsFigureWithUnit(string figure, string unit) =>
        CellKinds.IsNumber(figure) && CellKinds.IsUnit(unit) && !CellKinds.IsYesNo(unit) && !CellKinds.IsNumber(unit) && !IndicatorValues.IsEmptyMark(unit)
        && !IndicatorFramework.IsLevelLabel(unit);

    private const int MaxCellsBeforeComparator = 2;

    /// <summary>A 计量单位 cell (a short unit word, no label of the framework) and a comparator sign after it (≥, ≤, =; not
    /// the words 定性/定量, which a 指标性质 column shares with other columns).</summary>
    private static bool IsUnitThenComparator(string unit, string comparator) =>
        CellKinds.IsUnit(unit) && !IndicatorFramework.IsLevelLabel(unit) && !IndicatorValues.IsEmptyMark(unit) && !CellKinds.IsYesNo(unit)
        && CellKinds.IsComparator(comparator) && !TextKey.Of(comparator).Any(char.IsLetter);

    private const int LongestOwnLevel = 8;

    /// <summary>
    /// The row without the points a score table writes beside each level cell (项目决策 | 20 | 项目目标 | 4 | 目标内容 |
    /// 4 | 4): they are the level's, no column of the indicator. The row as it is when its level 1 has no points beside it.
    /// </summary>
    private static List<(string Text, int Index)> WithoutLevelPoints(List<(string Text, int Index)> filled)
    {
        if (filled.Count < 6 || !EvaluationLevels.IsLevel1Word(filled[0].Text) || !CellKinds.IsNumber(filled[1].Text)
            || !EvaluationLevels.IsLevel2Word(filled[2].Text) || !CellKinds.IsNumber(filled[3].Text)) return filled;
        return [filled[0], filled[2], .. filled.Skip(4)];
    }

    /// <summary>A short "…指标" label that is no level of the framework and no header phrase but the bare 指标 it ends with
    /// (绩效指标, 考核指标 name columns).</summary>
    private static bool IsOwnLevelAboveFramework(string text)
    {
        var key = TextKey.Label(text);
        return key.Length is > 2 and <= LongestOwnLevel && key.EndsWith("指标", StringComparison.Ordinal) && CellKinds.IsLabel(text)
               && !IndicatorFramework.IsLevelLabel(text) && !EvaluationLevels.IsLevel1Word(text) && HeaderSemantics.PhraseOf(text) is null or "指标";
    }

    /// <summary>A label written with its points ("(10分)科学决策", "资金管理（7分）"): a level cell of a score table, as
    /// no indicator's name carries the points its own column gives.</summary>
    private static bool WritesPoints(string text)
    {
        var key = TextKey.Label(text);
        var label = IndicatorFramework.WithoutPoints(key);
        return label.Length >= 2 && label.Length < key.Length && CellKinds.IsLabel(label);
    }

    private static bool IsFilledSlot(string text)
    {
        var key = TextKey.Label(text);
        return IndicatorNames.WithoutPlaceholder(key) != key && !IndicatorNames.IsBarePlaceholder(key);
    }

    /// <summary>The value columns of the national 自评表 (年度指标值, 实际完成值, 分值, 得分), the common layout that puts
    /// 分值 first, and an evaluation's score table (分值, 评分标准, 得分; or 分值, 得分); the one the row's cells fit
    /// better is taken, the national one on a tie.</summary>
    private static readonly ColumnRole[][] ImpliedOrders =
    [
        [ColumnRole.Target, ColumnRole.Actual, ColumnRole.Weight, ColumnRole.Score],
        [ColumnRole.Weight, ColumnRole.Target, ColumnRole.Actual, ColumnRole.Score],
        [ColumnRole.Weight, ColumnRole.Standard, ColumnRole.Score],
        [ColumnRole.Weight, ColumnRole.Score],
    ];

    private static List<HeaderColumn> Merge(List<HeaderColumn> upper, IReadOnlyList<string> lower) =>
        Wrapped(upper, lower) is { } joined ? joined : LinesUp(upper, lower) ? Positional(upper, lower) : Nested(upper, lower);

    /// <summary>
    /// The header when the lower row is the rest of the upper row's cells, wrapped onto a line of its own ("一级" /
    /// "指标", "年度" / "指标值"): every lower cell joined to the cell above it reads as a header word, and the joined
    /// row names more columns than the upper row alone. Null otherwise.
    /// </summary>
    private static List<HeaderColumn>? Wrapped(List<HeaderColumn> upper, IReadOnlyList<string> lower)
    {
        var joined = upper.ToList();
        var rest = 0;
        // An upper row with cells that are only the starts of header words ("一级", "二级") was cut mid-word.
        var cutMidWord = upper.Count(u => u.Role == ColumnRole.None && HeaderSemantics.StartsPhrase(u.Text)) >= 2;
        for (var c = 0; c < lower.Count; c++)
        {
            if (TextKey.Of(lower[c]).Length == 0) continue;
            if (c >= upper.Count || TextKey.Of(upper[c].Text).Length == 0) return null;
            // A cell spanning both lines (a side label) repeats below.
            if (upper[c].Text == lower[c]) continue;
            var text = upper[c].Text.Trim() + lower[c].Trim();
            var role = HeaderSemantics.RoleOf(text);
            // The joined text must name the column the upper part began to name, or one the upper part left unnamed;
            // a column named after no role (a place, a period: "笏石街" / "道办") may wrap too, and stays unnamed.
            if (upper[c].Role != ColumnRole.None && upper[c].Role != role && !Extends(upper[c].Text, text) && !(cutMidWord && NamedByRest(upper[c].Text, text))) return null;
            joined[c] = new HeaderColumn(text, role);
            if (role != ColumnRole.None) rest++;
        }
        return rest >= 2 && joined.Count(j => j.Role != ColumnRole.None) > upper.Count(u => u.Role != ColumnRole.None) ? joined : null;
    }

    /// <summary>True when the phrase that names the joined text ends in the lower part: in a row cut mid-word the upper
    /// part is only the start of a longer header word ("指标" + "分值" is 指标分值, a points column, whatever the bare
    /// "指标" named).</summary>
    private static bool NamedByRest(string upper, string joined)
    {
        if (HeaderSemantics.PhraseOf(joined) is not { } phrase) return false;
        var key = TextKey.Of(joined);
        var at = key.IndexOf(phrase, StringComparison.Ordinal);
        return at >= 0 && at + phrase.Length > TextKey.Of(upper).Length;
    }

    /// <summary>True when the joined text names a longer phrase that contains the upper part's phrase: "指标" + "性质"
    /// is 指标性质, whatever the bare "指标" would have named.</summary>
    private static bool Extends(string upper, string joined) =>
        HeaderSemantics.PhraseOf(upper) is { } part && HeaderSemantics.PhraseOf(joined) is { } whole
        && whole.Length > part.Length && whole.Contains(part, StringComparison.Ordinal);

    /// <summary>True when every lower cell is the same cell as the one above or can be its sub-column.</summary>
    private static bool LinesUp(List<HeaderColumn> upper, IReadOnlyList<string> lower)
    {
        for (var c = 0; c < lower.Count; c++)
        {
            var text = lower[c];
            if (TextKey.Of(text).Length == 0) continue;
            if (c >= upper.Count) return false;
            if (TextKey.Of(upper[c].Text).Length == 0 || upper[c].Text == text) continue;
            if (HeaderSemantics.ChildRole(upper[c].Role, HeaderSemantics.RoleOf(text)) is null) return false;
        }
        return true;
    }

    private static List<HeaderColumn> Positional(List<HeaderColumn> upper, IReadOnlyList<string> lower)
    {
        var merged = new List<HeaderColumn>();
        for (var c = 0; c < Math.Max(upper.Count, lower.Count); c++)
        {
            var above = c < upper.Count ? upper[c] : new HeaderColumn(string.Empty, ColumnRole.None);
            var text = c < lower.Count ? lower[c] : string.Empty;
            if (TextKey.Of(text).Length == 0 || text == above.Text) { merged.Add(above); continue; }
            if (TextKey.Of(above.Text).Length == 0) { merged.Add(new HeaderColumn(text, HeaderSemantics.RoleOf(text))); continue; }
            merged.Add(new HeaderColumn(text, HeaderSemantics.ChildRole(above.Role, HeaderSemantics.RoleOf(text)) ?? ColumnRole.None));
        }
        return merged;
    }

    private static List<HeaderColumn> Nested(List<HeaderColumn> upper, IReadOnlyList<string> lower)
    {
        var parents = upper.Where((col, i) => TextKey.Of(col.Text).Length > 0 && (i == 0 || upper[i - 1].Text != col.Text)).ToList();
        var children = lower.Where(t => TextKey.Of(t).Length > 0).ToList();
        var merged = new List<HeaderColumn>();
        var next = 0;
        foreach (var parent in parents)
        {
            var taken = 0;
            while (next < children.Count && HeaderSemantics.ChildRole(parent.Role, HeaderSemantics.RoleOf(children[next])) is { } role
                   && !(parent.Role == role && HeaderSemantics.RoleOf(children[next]) == ColumnRole.None))
            {
                merged.Add(new HeaderColumn(children[next], role));
                next++;
                taken++;
            }
            if (taken == 0) merged.Add(parent);
        }
        merged.AddRange(children.Skip(next).Select(t => new HeaderColumn(t, HeaderSemantics.RoleOf(t))));
        return merged;
    }
}
