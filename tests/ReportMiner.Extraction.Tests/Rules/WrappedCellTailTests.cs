using FsCheck;
using FsCheck.Fluent;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A tab table whose cell text wrapped: the tail of the cell stands alone on the next line (PDF text and copied
/// pages do this), and the table goes on below it.
/// </summary>
public sealed class WrappedCellTailTests
{
    private const string Header = "一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分";

    private static readonly string[][] Rows =
    [
        ["产出指标", "数量指标", "培训基层干部人数", "≥300人次", "320人次", "20", "20"],
        ["产出指标", "质量指标", "培训考核合格率", "≥95%", "97%", "20", "19"],
        ["效益指标", "社会效益指标", "群众办事等待时间缩短", "≥10%", "12%", "30", "30"],
        ["满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "93%", "30", "28"],
    ];

    private static string[] Lines(int wrappedRow = -1, int cut = 0)
    {
        var lines = new List<string> { Header };
        for (var r = 0; r < Rows.Length; r++)
        {
            var cells = Rows[r].ToArray();
            if (r != wrappedRow)
            {
                lines.Add(string.Join('\t', cells));
                continue;
            }
            var name = cells[2];
            cells[2] = name[..cut];
            lines.Add(string.Join('\t', cells));
            lines.Add(name[cut..]);
        }
        lines.Add("合计\t\t\t\t\t100\t97");
        return lines.ToArray();
    }

    private static string Facts(string[] lines) =>
        string.Join(" | ", TextReports.Single(lines).Indicators.Select(i => $"{i.Level1}/{i.Level2}/{i.Name}/{i.Target?.Text}/{i.Actual?.Text}/{i.Weight}/{i.Score}"));

    [Fact]
    public void A_name_tail_on_its_own_line_completes_the_name_and_the_rows_below_keep_the_header()
    {
        var project = TextReports.Single(Lines(wrappedRow: 1, cut: 5));
        Assert.Equal(["培训基层干部人数", "培训考核合格率", "群众办事等待时间缩短", "参训学员满意度"], project.Indicators.Select(i => i.Name));
        var wrapped = project.Indicators[1];
        Assert.Equal(("≥95%", "97%", 19.0), (wrapped.Target!.Text, wrapped.Actual!.Text, wrapped.Score!.Value));
        Assert.Equal(30.0, project.Indicators[3].Weight);
    }

    [Fact]
    public void A_tail_that_makes_a_level_cell_a_level_label_completes_the_level_cell()
    {
        var project = TextReports.Single(
            Header,
            "产出指标\t数量指标\t培训基层干部人数\t≥300人次\t320人次\t50\t50",
            "效益指标\t社会效益\t群众办事等待时间缩短\t≥10%\t12%\t50\t45",
            "指标",
            "合计\t\t\t\t\t100\t95");
        var indicator = project.Indicators.Single(i => i.Name == "群众办事等待时间缩短");
        Assert.Equal(("效益指标", "社会效益指标"), (indicator.Level1, indicator.Level2));
        Assert.Equal(2, project.Indicators.Count);
    }

    [Fact]
    public void A_row_whose_name_cell_is_blank_takes_the_line_below_as_its_name()
    {
        var project = TextReports.Single(
            Header,
            "产出指标\t数量指标\t培训基层干部人数\t≥300人次\t320人次\t50\t50",
            "产出指标\t时效指标\t\t≤30天\t25天\t30\t30",
            "培训计划完成时限",
            "产出指标\t质量指标\t培训考核合格率\t≥95%\t97%\t20\t20");
        var indicator = project.Indicators.Single(i => i.Name == "培训计划完成时限");
        Assert.Equal(("≤30天", "时效指标"), (indicator.Target!.Text, indicator.Level2));
    }

    [Fact]
    public void A_heading_between_a_table_and_a_table_with_its_own_header_is_not_a_tail()
    {
        var project = TextReports.Single(
            Header,
            "产出指标\t数量指标\t培训基层干部人数\t≥300人次\t320人次\t50\t50",
            "二、评分情况",
            Header,
            "产出指标\t质量指标\t培训考核合格率\t≥95%\t97%\t50\t49");
        Assert.Equal(["培训基层干部人数", "培训考核合格率"], project.Indicators.Select(i => i.Name));
    }

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public Property Wrapping_any_name_at_any_point_gives_the_same_indicators() =>
        Prop.ForAll(Wraps.ToArbitrary(), wrap => Facts(Lines(wrap.Row, wrap.Cut)) == Facts(Lines()));

    private static readonly Gen<(int Row, int Cut)> Wraps =
        from row in Gen.Choose(0, Rows.Length - 1)
        from cut in Gen.Choose(1, Rows[row][2].Length - 1)
        select (row, cut);

    /// <summary>A target form: level cells printed once per group, so the rows below a group's first hold a name and a
    /// value only.</summary>
    private static readonly string[][] TargetRows =
    [
        ["产出指标", "数量指标", "新建乡村道路里程", "≥12公里"],
        ["道路验收合格率", "100%"],
        ["工程按期完工情况", "按期完工"],
        ["效益指标", "沿线群众出行时间缩短", "≥15%"],
        ["道路养护责任落实率", "100%"],
    ];

    private static string[] TargetLines(int wrappedRow = -1, int cut = 0)
    {
        var lines = new List<string> { "一级指标\t二级指标\t三级指标\t指标值" };
        for (var r = 0; r < TargetRows.Length; r++)
        {
            var cells = TargetRows[r].ToArray();
            var name = cells.Length - 2;
            if (r != wrappedRow)
            {
                lines.Add(string.Join('\t', cells));
                continue;
            }
            var text = cells[name];
            cells[name] = text[..cut];
            lines.Add(string.Join('\t', cells));
            lines.Add(text[cut..]);
        }
        lines.Add("备注：指标值为年度目标值。");
        return lines.ToArray();
    }

    private static string TargetFacts(string[] lines) =>
        string.Join(" | ", TextReports.Single(lines).Indicators.Select(i => $"{i.Level1}/{i.Level2}/{i.Name}/{i.Target?.Text}"));

    [Fact]
    public void A_wrapped_name_in_a_row_of_two_cells_keeps_the_rows_after_it()
    {
        var project = TextReports.Single(TargetLines(wrappedRow: 1, cut: 4));
        Assert.Equal(["新建乡村道路里程", "道路验收合格率", "工程按期完工情况", "沿线群众出行时间缩短", "道路养护责任落实率"],
            project.Indicators.Select(i => i.Name));
        Assert.Equal(("100%", "效益指标"), (project.Indicators[4].Target!.Text, project.Indicators[4].Level2));
    }

    [FsCheck.Xunit.Property(MaxTest = 40)]
    public Property Wrapping_any_name_of_a_target_form_at_any_point_gives_the_same_indicators() =>
        Prop.ForAll(TargetWraps.ToArbitrary(), wrap => TargetFacts(TargetLines(wrap.Row, wrap.Cut)) == TargetFacts(TargetLines()));

    // A wrapped line is at most as wide as the line above it: the tail is no longer than the head.
    private static readonly Gen<(int Row, int Cut)> TargetWraps =
        from row in Gen.Choose(0, TargetRows.Length - 1)
        from cut in Gen.Choose((TargetRows[row][^2].Length + 1) / 2, TargetRows[row][^2].Length - 1)
        select (row, cut);
}
