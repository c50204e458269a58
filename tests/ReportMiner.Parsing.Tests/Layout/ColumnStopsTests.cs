using ReportMiner.Parsing.Layout;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Layout;

/// <summary>
/// Column stops are found once per page, not once per stop. A guard against a hang, not a speed figure: the hostile
/// page below has a hundred thousand stops and as many wide gaps; read linearly it takes well under a second, and the
/// bound leaves room for a loaded machine.
/// </summary>
public sealed class ColumnStopsTests
{
    private const double H = 10;
    private const double Gutter = 30;

    [Fact]
    public void A_page_of_a_hundred_thousand_tiny_column_stops_and_wide_gaps_is_read_in_linear_time()
    {
        const int stops = 100_000;
        var lines = new List<TextLine>();
        for (var row = 0; row < 3; row++)
            lines.Add(Line(row, Enumerable.Range(0, stops).Select(k => k * 10.0)));
        for (var row = 0; row < 4; row++)
            lines.Add(Line(3 + row, Enumerable.Range(0, stops / 4).Select(j => 5 + 40.0 * j + 10 * row)));

        var gutter = HangGuard.Within(TimeSpan.FromSeconds(30), () => ColumnStops.Gutter(lines, H, Gutter));

        Assert.Equal(0.5 * H, gutter);
    }

    [Fact]
    public void Random_pages_get_the_gutter_the_scan_of_every_wide_gap_per_stop_gave()
    {
        var random = new Random(29);
        var seen = new HashSet<double>();
        for (var page = 0; page < 300; page++)
        {
            var lines = Enumerable.Range(0, random.Next(1, 12)).Select(row =>
            {
                // On a grid of 10, so that stops of several lines and wide gaps onto them both occur.
                var x = random.Next(0, 4) * 10.0;
                var xs = new List<double>();
                for (var n = random.Next(1, 10); n > 0; n--, x += 10 * random.Next(1, 5))
                    xs.Add(x + random.NextDouble() * 0.3);
                return Line(row, xs);
            }).ToList();

            var gutter = ColumnStops.Gutter(lines, H, Gutter);
            Assert.Equal(Reference(lines, H, Gutter), gutter);
            seen.Add(gutter);
        }
        Assert.Equal([0.5 * H, Gutter], seen.Order());
    }

    [Fact]
    public void Words_of_a_few_prose_lines_that_line_up_by_chance_between_lines_running_across_them_are_no_column_stops()
    {
        // OCR'd prose: "2020 年度绩效 自评…" opens every third line, its words after narrow gaps at the same two x,
        // and the lines between run one word across both.
        var lines = Enumerable.Range(0, 7).Select(row => row % 3 == 0
            ? new TextLine([Word("2020", 0, 20, row), Word("年度绩效", 26, 66, row), Word("自评报告", 72, 112, row)])
            : new TextLine([Word("我县的农业保险工作在上级", 0, 120, row)])).ToList();

        Assert.Equal(Gutter, ColumnStops.Gutter(lines, H, Gutter));
    }

    [Fact]
    public void Cells_after_narrow_gaps_at_two_x_down_a_table_are_column_stops()
    {
        var lines = Enumerable.Range(0, 4).Select(row =>
            new TextLine([Word("产出指标", 0, 40, row), Word("数量指标", 46, 86, row), Word("完成", 92, 112, row)])).ToList();

        Assert.Equal(0.5 * H, ColumnStops.Gutter(lines, H, Gutter));
    }

    private static PositionedWord Word(string text, double x0, double x1, int row) => new(text, x0, row * 20, x1, row * 20 + H);

    private static TextLine Line(int row, IEnumerable<double> starts) =>
        new([.. starts.Select(x => new PositionedWord("字", x, row * 20, x + 4, row * 20 + H))]);

    // The scan before stops were read from sorted wide gaps: every wide gap once per stop (the gaps collected as the code does).
    private static double Reference(IReadOnlyList<TextLine> lines, double h, double gutter)
    {
        var (starts, wide) = ColumnStops.Gaps(lines, h, gutter);
        starts.Sort((a, b) => a.X.CompareTo(b.X));
        var (stops, opened, first) = (0, false, 0);
        for (var j = 1; j <= starts.Count; j++)
        {
            if (j < starts.Count && starts[j].X - starts[j - 1].X <= 0.15 * h) continue;
            var cluster = starts.Skip(first).Take(j - first).ToList();
            if (cluster.Select(s => s.Line).Distinct().Count() >= 3)
            {
                stops++;
                var (x0, x1) = (cluster[0].X - 0.15 * h, cluster[^1].X + 0.15 * h);
                opened |= wide.Where(w => w.X >= x0 && w.X <= x1).Select(w => w.Line).Distinct().Count() >= 3;
            }
            first = j;
        }
        return stops >= 2 || opened ? 0.5 * h : gutter;
    }
}
