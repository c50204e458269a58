using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// 分值 and 得分 columns read from the values under them when no header word names them: the header calls them
/// something the word list does not know (标准分 written oddly, a misread 参考分值, an empty cell), but (almost) every row
/// writes a bare number of points there. A column of points left of the target, or left of a named 得分, holds the
/// weights; right of the values, or right of a named 分值, the scores — except in a form without results (no
/// 完成值 column), where the points can only be weights.
/// </summary>
internal static class PointsColumns
{
    private const int MinRows = 2;
    private const double MostPoints = 100;

    public static IndicatorHeader Complete(IndicatorHeader header, IReadOnlyList<IReadOnlyList<string>> body)
    {
        var roles = header.Roles;
        if (roles.ContainsKey(ColumnRole.Weight) && roles.ContainsKey(ColumnRole.Score)) return header;
        if (!roles.TryGetValue(ColumnRole.Name, out var name)) return header;
        var candidates = Enumerable.Range(name + 1, Math.Max(0, header.Width - name - 1))
            .Where(c => header.Columns[c] is { Role: ColumnRole.None, SideLabel: false } column && TextKey.Of(column.Text).Length <= 8)
            .ToList();
        if (candidates.Count == 0) return header;
        var aligned = body.Select(cells => (Cells: cells, Alignment: RowAligner.Align(cells, roles, header.Width, pointsAfterValues: false))).ToList();
        var points = candidates.Where(c => HoldsPoints(aligned, name, c)).ToList();
        if (points.Count == 0) return header;
        var given = new Dictionary<int, ColumnRole>();
        // Two columns of points and no header word for either: the one never below the other, row by row, holds the
        // weights and the other the scores earned against them, wherever the form puts them.
        if (points.Count == 2 && !roles.ContainsKey(ColumnRole.Weight) && !roles.ContainsKey(ColumnRole.Score))
        {
            if (WeightBeforeScore(aligned, points[0], points[1]) is { } pair)
                return header.WithRoles(new Dictionary<int, ColumnRole> { [pair.Weight] = ColumnRole.Weight, [pair.Score] = ColumnRole.Score });
            // A table of levels and names alone (UnnamedPointsHeader) whose two columns agree on every row: full marks
            // under 分值 and then 得分, the national order; which is which changes no figure. A score table may print
            // its scoring notes between the two (分值 | 指标解释 | 评分标准 | 得分), so they need not be adjacent.
            if (!new[] { ColumnRole.Target, ColumnRole.Actual, ColumnRole.Rate }.Any(roles.ContainsKey)
                && SamePoints(aligned, points[0], points[1]))
                return header.WithRoles(new Dictionary<int, ColumnRole> { [points[0]] = ColumnRole.Weight, [points[1]] = ColumnRole.Score });
        }
        var values = new[] { ColumnRole.Target, ColumnRole.Actual }.Where(roles.ContainsKey).Select(r => roles[r]).ToList();
        // A form without results (a 目标表: 指标值 and no 完成值, or a 完成值 column no row filled in) scores nothing:
        // its points are the weights.
        var results = new[] { ColumnRole.Actual, ColumnRole.Rate }.Any(r => roles.TryGetValue(r, out var c)
            && aligned.Any(row => CellKinds.IsLabel(row.Alignment.At(row.Cells, name)) && TextKey.Of(row.Alignment.At(row.Cells, c)).Length > 0));
        foreach (var c in points)
        {
            var hasWeight = roles.ContainsKey(ColumnRole.Weight) || given.ContainsValue(ColumnRole.Weight);
            var hasScore = roles.ContainsKey(ColumnRole.Score) || given.ContainsValue(ColumnRole.Score);
            var leftOfValues = values.Count > 0 && c < values.Min();
            var rightOfValues = values.Count > 0 && c > values.Max();
            if (!hasWeight && (leftOfValues || (roles.TryGetValue(ColumnRole.Score, out var score) && c < score)
                               || (rightOfValues && !hasScore && (points.Count > 1 || !results) && c == points[0])))
                given[c] = ColumnRole.Weight;
            else if (!hasScore && (rightOfValues || (roles.TryGetValue(ColumnRole.Weight, out var weight) && c > weight)))
                given[c] = ColumnRole.Score;
        }
        return given.Count == 0 ? header : header.WithRoles(given);
    }

    /// <summary>
    /// The points columns of a header read from one row (<see cref="IndicatorHeader.Implied"/>) decided again from
    /// every row of the table, as for a header that names none: a lone column of points after the values of a form
    /// with results is 得分 (a form without 分值), not the 分值 the national order puts there, and a 得分 left blank on
    /// the first row still has its column. The one row's reading stays when the rows find fewer points columns.
    /// </summary>
    public static IndicatorHeader Reread(IndicatorHeader implied, IReadOnlyList<IReadOnlyList<string>> body)
    {
        static bool IsPoints(HeaderColumn c) => c.Role is ColumnRole.Weight or ColumnRole.Score;
        var read = implied.Columns.Count(IsPoints);
        if (read == 0) return implied;
        var cleared = IndicatorHeader.FromColumns(implied.Columns.Select(c => IsPoints(c) ? new HeaderColumn(string.Empty, ColumnRole.None) : c).ToList());
        if (cleared is null) return implied;
        var decided = Complete(cleared, body);
        if (decided.Columns.Count(IsPoints) < read) return implied;
        // A figure right of the lone 得分 found is a score too few rows wrote: the one row's 分值 | 得分 reading stands.
        if (!decided.Roles.ContainsKey(ColumnRole.Weight) && decided.Roles.TryGetValue(ColumnRole.Score, out var score))
        {
            var aligned = body.Select(cells => (Cells: cells, Alignment: RowAligner.Align(cells, decided.Roles, decided.Width, pointsAfterValues: false)));
            if (aligned.Any(r => Enumerable.Range(score + 1, Math.Max(0, decided.Width - score - 1)).Any(c => CellKinds.IsNumber(r.Alignment.At(r.Cells, c)))))
                return implied;
        }
        return decided;
    }

    /// <summary>
    /// Which of two points columns holds the weights: the one at least as high in every row that writes both and
    /// higher in some. Null when neither is (both equal throughout: full marks everywhere say nothing).
    /// </summary>
    private static (int Weight, int Score)? WeightBeforeScore(List<(IReadOnlyList<string> Cells, RowAlignment Alignment)> body, int first, int second)
    {
        var pairs = body.Select(r => (A: IndicatorValues.Number(r.Alignment.At(r.Cells, first)), B: IndicatorValues.Number(r.Alignment.At(r.Cells, second))))
            .Where(p => p.A is not null && p.B is not null).Select(p => (A: p.A!.Value, B: p.B!.Value)).ToList();
        if (pairs.Count < MinRows) return null;
        if (pairs.All(p => p.A >= p.B) && pairs.Any(p => p.A > p.B)) return (first, second);
        if (pairs.All(p => p.B >= p.A) && pairs.Any(p => p.B > p.A)) return (second, first);
        return null;
    }

    /// <summary>True when every row that writes both columns writes the same number in each, and enough rows do.</summary>
    private static bool SamePoints(List<(IReadOnlyList<string> Cells, RowAlignment Alignment)> body, int first, int second)
    {
        var pairs = body.Select(r => (A: IndicatorValues.Number(r.Alignment.At(r.Cells, first)), B: IndicatorValues.Number(r.Alignment.At(r.Cells, second))))
            .Where(p => p.A is not null && p.B is not null).ToList();
        return pairs.Count >= MinRows && pairs.All(p => p.A == p.B);
    }

    /// <summary>
    /// True when the rows write a bare number of points (0–100) under the column and almost nothing else: one stray
    /// cell per <see cref="PointsPerStray"/> numbers is let through — a misread figure ("IO" for 10) or a value that
    /// slid under the column because its row's export dropped the blank cells before it. A row read with no name
    /// under the name column (its level cell glued to its name, so each of its cells sits one column left) is not
    /// read right and says nothing about the column.
    /// </summary>
    private static bool HoldsPoints(List<(IReadOnlyList<string> Cells, RowAlignment Alignment)> body, int name, int column)
    {
        int numbers = 0, strays = 0;
        foreach (var (cells, alignment) in body)
        {
            if (!CellKinds.IsLabel(alignment.At(cells, name))) continue;
            var text = alignment.At(cells, column);
            var key = TextKey.Of(text);
            if (key.Length == 0 || IndicatorNames.IsBarePlaceholder(text) || key is "/" or "-" or "—" or "无") continue;
            if (IndicatorValues.Number(text) is { } n && n >= 0 && n <= MostPoints) numbers++;
            else strays++;
        }
        return numbers >= MinRows && strays * PointsPerStray <= numbers;
    }

    private const int PointsPerStray = 5;
}
