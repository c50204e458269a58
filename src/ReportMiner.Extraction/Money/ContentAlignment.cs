using ReportMiner.Extraction.Alignment;
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
public sealed class ContentAlignment
{
    private const int ConsistentBonus = 3;
    private const double MaxPoints = 100;

    public enum Kind { Unknown, Amount, Rate, Points, Text }

    private readonly DocItem header;
    private readonly MoneyRole[] roles;
    private readonly IReadOnlyList<DocItem> table;
    private readonly int width;
    private Kind[]? kinds;

    /// <param name="table">The rows under the header: a column the header does not name takes its kind from them.</param>
    internal ContentAlignment(DocItem header, MoneyRole[] roles, IReadOnlyList<DocItem> table)
    {
        this.header = header;
        this.roles = roles;
        this.table = table;
        width = LastFilled(header.Cells) + 1;
    }

    /// <summary>Each column's kind, worked out from the header and the table once, when a row first needs them.</summary>
    private Kind[] Kinds => kinds ??= Enumerable.Range(0, width).Select(ColumnKind).ToArray();

    /// <returns>The row with its cells moved under the columns they fit, or null when the row is whole or reads
    /// best where it stands.</returns>
    internal DocItem? Align(DocItem row, Func<DocItem, bool?> consistent)
    {
        var lastCell = LastFilled(row.Cells);
        // The label cell stays where it is unless the row lost it too and starts with a figure.
        var start = row.Cells.Count > 0 && KindOf(row.Cells[0]) is Kind.Amount or Kind.Rate ? 0 : 1;
        var cells = Enumerable.Range(start, Math.Max(0, lastCell - start + 1)).ToArray();
        var columns = width - 1;
        if (cells.Length == 0 || lastCell + 1 >= width || columns > OrderedPlacement.MaxColumnsWithWholeRowCheck || cells.Length > columns) return null;
        if (cells.Any(c => row.Cells[c].Trim().Length == 0)) return null;

        double Gain(int cell, int column) => Fit(Kinds[column], row.Cells[cell]);
        int Bonus(DocItem placed) => consistent(placed) switch { true => ConsistentBonus, false => -ConsistentBonus, null => 0 };
        var positional = cells.Sum(c => c < width ? Gain(c, c) : 0);
        // The label column 0 is not a place for the cells: placement column k is the table's column k + 1.
        var best = OrderedPlacement.Best(cells.Length, columns, (i, k) => Gain(cells[i], k + 1), TiesGo.Right,
            placement => Bonus(Placed(row, cells, placement, width)));
        return best is not null && best.Score > positional + (consistent(row) == true ? ConsistentBonus : 0)
            ? Placed(row, cells, best.Columns, width)
            : null;
    }

    private static DocItem Placed(DocItem row, int[] cells, int[] placement, int width)
    {
        var moved = new string[Math.Max(width, row.Cells.Count)];
        Array.Fill(moved, string.Empty);
        if (cells[0] > 0) moved[0] = row.Cells[0];
        for (var i = 0; i < cells.Length; i++) moved[placement[i] + 1] = row.Cells[cells[i]];
        return row with { Cells = moved };
    }

    private Kind ColumnKind(int column)
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
