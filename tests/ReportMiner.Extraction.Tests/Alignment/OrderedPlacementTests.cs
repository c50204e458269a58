using FsCheck;
using FsCheck.Fluent;
using ReportMiner.Extraction.Alignment;

namespace ReportMiner.Extraction.Tests.Alignment;

public sealed class OrderedPlacementTests
{
    [Fact]
    public void A_cell_skips_a_column_that_cannot_hold_it()
    {
        // Cell 1 fits column 1 badly and column 2 well; cell 0 fits column 0.
        double[,] gains = { { 2, 0, 0 }, { 0, -2, 2 } };
        var best = OrderedPlacement.Best(2, 3, (i, c) => gains[i, c], TiesGo.Left);
        Assert.Equal([0, 2], best!.Columns);
        Assert.Equal(4, best.Score);
    }

    [Theory]
    [InlineData(TiesGo.Right, new[] { 2, 3 })]
    [InlineData(TiesGo.Left, new[] { 0, 1 })]
    public void Equally_good_placements_go_to_the_side_the_caller_names(TiesGo ties, int[] expected)
    {
        Assert.Equal(expected, OrderedPlacement.Best(2, 4, (_, _) => 0, ties)!.Columns);
        Assert.Equal(expected, OrderedPlacement.Best(2, 4, (_, _) => 0, ties, _ => 0)!.Columns);
    }

    [Fact]
    public void A_whole_row_check_outweighs_a_better_sum_of_cells()
    {
        double[,] gains = { { 2, 0, 0 }, { 0, 2, 1 } };
        var best = OrderedPlacement.Best(2, 3, (i, c) => gains[i, c], TiesGo.Right, placed => placed.SequenceEqual([0, 2]) ? 3 : 0);
        Assert.Equal([0, 2], best!.Columns);
        Assert.Equal(6, best.Score);
    }

    [Fact]
    public void More_cells_than_columns_have_no_placement() =>
        Assert.Null(OrderedPlacement.Best(4, 3, (_, _) => 1, TiesGo.Left));

    [Fact]
    public void A_whole_row_check_over_too_many_columns_is_refused_rather_than_tried_for_ever() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            OrderedPlacement.Best(3, OrderedPlacement.MaxColumnsWithWholeRowCheck + 1, (_, _) => 0, TiesGo.Right, _ => 0));

    [Fact]
    public void Each_gain_is_asked_for_once_and_only_where_a_cell_can_stand()
    {
        var asked = new List<(int Cell, int Column)>();
        OrderedPlacement.Best(3, 6, (i, c) => { asked.Add((i, c)); return i * c % 3; }, TiesGo.Left);
        Assert.Equal(asked.Count, asked.Distinct().Count());
        // Cell i has i cells before it and 2 − i after it: it can stand under columns i … i + 3.
        Assert.All(asked, a => Assert.InRange(a.Column, a.Cell, a.Cell + 3));
        Assert.Equal(3 * 4, asked.Count);
    }

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public Property The_placement_keeps_the_cells_order_and_never_puts_two_cells_in_one_column() =>
        Prop.ForAll(Rows.ToArbitrary(), row =>
        {
            var placed = Solve(row)!.Columns;
            return placed.Length == row.Cells && placed.All(c => c >= 0 && c < row.Columns)
                && placed.Zip(placed.Skip(1)).All(p => p.First < p.Second);
        });

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public Property The_placement_is_the_one_brute_force_finds() =>
        Prop.ForAll(Rows.ToArbitrary(), row =>
        {
            var placed = Solve(row)!;
            var expected = BruteForce(row);
            return placed.Columns.SequenceEqual(expected.Columns) && placed.Score == expected.Score;
        });

    /// <summary>A small row: up to 7 columns, gains −3 … 3 per (cell, column), with or without a whole-row check
    /// worth −3, 0 or 3 depending on where the cells stand.</summary>
    private static readonly Gen<Row> Rows =
        from columns in Gen.Choose(0, 7)
        from cells in Gen.Choose(0, columns)
        from gains in Gen.Choose(-3, 3).ArrayOf(Math.Max(1, cells * columns))
        from check in Gen.Choose(0, 1000)
        from withCheck in Gen.Elements(true, false)
        from ties in Gen.Elements(TiesGo.Left, TiesGo.Right)
        select new Row(cells, columns, gains, withCheck ? check : null, ties);

    private sealed record Row(int Cells, int Columns, int[] Gains, int? Check, TiesGo Ties)
    {
        public double Gain(int cell, int column) => Gains[cell * Columns + column];

        public double WholeRow(int[] placed) =>
            3 * (placed.Aggregate(Check ?? 0, (hash, c) => (hash * 31 + c + 7) % 1009) % 3 - 1);
    }

    private static Placement? Solve(Row row) =>
        OrderedPlacement.Best(row.Cells, row.Columns, row.Gain, row.Ties, row.Check is null ? null : row.WholeRow);

    private static (int[] Columns, double Score) BruteForce(Row row)
    {
        var all = Enumerable.Range(0, 1 << row.Columns)
            .Select(mask => Enumerable.Range(0, row.Columns).Where(c => (mask >> c & 1) == 1).ToArray())
            .Where(placed => placed.Length == row.Cells)
            .Select(placed => (Columns: placed, Score: placed.Select((c, i) => row.Gain(i, c)).Sum() + (row.Check is null ? 0 : row.WholeRow(placed))))
            .ToList();
        var top = all.Max(p => p.Score);
        var tied = all.Where(p => p.Score == top);
        // Right: the furthest right judged from the first cell; Left: the furthest left judged from the last cell.
        return row.Ties == TiesGo.Right
            ? tied.OrderByDescending(p => string.Concat(p.Columns.Select(c => (char)('a' + c))), StringComparer.Ordinal).First()
            : tied.OrderBy(p => string.Concat(Enumerable.Reverse(p.Columns).Select(c => (char)('a' + c))), StringComparer.Ordinal).First();
    }
}
