using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Money;

/// <summary>
/// A row under a money header whose blank cells a text export dropped ("年度资金总额: | 1172.55 | 1268.72 | 10 | 10 | …"
/// under "资金来源 | 年初预算数 | 全年执行数 | 分值 | 得分 | 得分计算方法"): its filled cells, squeezed to the left, are placed
/// in order under the columns their content fits — amounts under money columns, a percentage under the rate, small
/// points under 分值/权重/得分, sentences under explanations. A column the header does not name takes the kind its
/// cells have in the table's complete rows. Among the placements that keep the cells' order, the best fit wins, a
/// placement whose spending over budget gives its rate counts extra, and ties go to the one nearest the right end:
/// a form always fills spending and rate, which stand right of the optional figures.
/// </summary>
public static class ContentAlignment
{
    private const int MaxColumns = 16;
    private const int ConsistentBonus = 3;
    private const double MaxPoints = 100;

    public enum Kind { Unknown, Amount, Rate, Points, Text }

    /// <returns>The row with its cells moved under the columns they fit, or null when the row is whole or reads
    /// best where it stands.</returns>
    internal static DocItem? Align(DocItem header, DocItem row, MoneyRole[] roles, IReadOnlyList<DocItem> table, Func<DocItem, bool?> consistent)
    {
        var width = LastFilled(header.Cells) + 1;
        var lastCell = LastFilled(row.Cells);
        // The label cell stays where it is unless the row lost it too and starts with a figure.
        var start = row.Cells.Count > 0 && KindOf(row.Cells[0]) is Kind.Amount or Kind.Rate ? 0 : 1;
        var cells = Enumerable.Range(start, Math.Max(0, lastCell - start + 1)).ToArray();
        var columns = width - 1;
        if (cells.Length == 0 || lastCell + 1 >= width || columns > MaxColumns || cells.Length > columns) return null;
        if (cells.Any(c => row.Cells[c].Trim().Length == 0)) return null;

        var kinds = Enumerable.Range(0, width).Select(c => ColumnKind(header, c, roles, table, width)).ToArray();
        double Gain(int cell, int column) => Fit(kinds[column], row.Cells[cell]);
        var positional = cells.Sum(c => c < width ? Gain(c, c) : 0);

        DocItem? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var placement in Placements(cells.Length, 1, columns))
        {
            var fit = placement.Select((column, i) => Gain(cells[i], column)).Sum();
            var placed = Placed(row, cells, placement, width);
            var score = fit + (consistent(placed) switch { true => ConsistentBonus, false => -ConsistentBonus, null => 0 });
            // Placements come left to right: a later one with an equal score lies further right.
            if (score >= bestScore) { best = placed; bestScore = score; }
        }
        return best is not null && bestScore > positional + (consistent(row) == true ? ConsistentBonus : 0) ? best : null;
    }

    /// <summary>Every increasing choice of <paramref name="count"/> columns from first..last, leftmost first.</summary>
    private static IEnumerable<int[]> Placements(int count, int first, int last)
    {
        if (count == 0) { yield return []; yield break; }
        for (var c = first; c <= last - count + 1; c++)
            foreach (var rest in Placements(count - 1, c + 1, last))
                yield return [c, .. rest];
    }

    private static DocItem Placed(DocItem row, int[] cells, int[] columns, int width)
    {
        var moved = new string[Math.Max(width, row.Cells.Count)];
        Array.Fill(moved, string.Empty);
        if (cells[0] > 0) moved[0] = row.Cells[0];
        for (var i = 0; i < cells.Length; i++) moved[columns[i]] = row.Cells[cells[i]];
        return row with { Cells = moved };
    }

    private static Kind ColumnKind(DocItem header, int column, MoneyRole[] roles, IReadOnlyList<DocItem> table, int width)
    {
        if (column < roles.Length && roles[column] == MoneyRole.ExecutionRate) return Kind.Rate;
        if (column < roles.Length && roles[column] != MoneyRole.None) return Kind.Amount;
        var role = HeaderSemantics.RoleOf(header.Cells[column]);
        if (role is ColumnRole.Weight or ColumnRole.Score) return Kind.Points;
        if (role is ColumnRole.Standard or ColumnRole.Reason) return Kind.Text;
        // A column named by nothing it is known for: what the table's complete rows hold there.
        var whole = table.Where(r => LastFilled(r.Cells) + 1 == width && r.Cells.Take(width).All(c => c.Trim().Length > 0))
            .Select(r => KindOf(r.Cells[column])).Distinct().ToList();
        return whole.Count == 1 ? whole[0] : Kind.Unknown;
    }

    public static Kind KindOf(string cell)
    {
        var key = TextKey.Of(cell);
        if (key.Length == 0 || IndicatorNames.IsBarePlaceholder(cell)) return Kind.Unknown;
        if (MoneyAssignment.Percent(key) is not null) return Kind.Rate;
        if (MoneyParser.TryParseWan(key, MoneyUnit.Wan, out var value))
            return IsPoints(key, value) ? Kind.Points : Kind.Amount;
        return key.Any(char.IsAsciiDigit) ? Kind.Unknown : Kind.Text;
    }

    /// <summary>A small bare figure with at most one decimal ("10", "7.6"): a score or an amount.</summary>
    private static bool IsPoints(string key, double value) =>
        value <= MaxPoints && key.All(ch => char.IsAsciiDigit(ch) || ch == '.') && (key.IndexOf('.') is var dot && (dot < 0 || key.Length - dot <= 2));

    internal static double Fit(Kind column, string cell) => (column, KindOf(cell)) switch
    {
        (Kind.Unknown, _) or (_, Kind.Unknown) => 0,
        (Kind.Rate, Kind.Rate) => 3,
        (_, Kind.Rate) => -3,
        // A small figure ("10") may as well be an amount: it moves under a points column only when the amounts
        // before it fill the money columns. An amount with more decimals or a unit is not a score.
        (Kind.Amount, Kind.Amount) or (Kind.Amount, Kind.Points) or (Kind.Points, Kind.Points) or (Kind.Text, Kind.Text) => 2,
        (Kind.Rate, Kind.Points) or (Kind.Rate, Kind.Amount) => 1,
        (Kind.Points, Kind.Amount) => -2,
        (Kind.Text, _) or (_, Kind.Text) => -3,
        _ => 0,
    };

    internal static int LastFilled(IReadOnlyList<string> cells) => Enumerable.Range(0, cells.Count).LastOrDefault(c => cells[c].Trim().Length > 0, -1);
}
