using FsCheck;
using FsCheck.Fluent;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A 自评表 whose cells a page joined with single spaces instead of tabs, one row per line: the header line names the
/// columns (a side label before it may carry its block's points), and the lines below it are its rows, one or many.
/// </summary>
public sealed class SpacedHeaderLineTests
{
    private const string Title = "某县2023年度农村公路养护项目支出绩效自评表";

    [Fact]
    public void A_side_label_that_carries_its_points_stands_before_the_header_line()
    {
        var project = TextReports.Single(
            Title,
            "绩效指标(90分) 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
            "产出指标 数量指标 养护农村公路里程 ≥120公里 126公里 30 30",
            "效益指标 社会效益指标 群众出行条件 明显改善 明显改善 30 28");
        Assert.Equal(["养护农村公路里程", "群众出行条件"], project.Indicators.Select(i => i.Name));
        Assert.Equal("126公里", project.Indicators[0].Actual!.Text);
        Assert.Equal(28.0, project.Indicators[1].Score);
    }

    [Fact]
    public void A_header_line_with_one_row_below_it_is_a_table_of_one_indicator()
    {
        var project = TextReports.Single(
            Title,
            "绩效指标(90分) 一级指标 二级指标 三级指标 指标性质 指标值 度量单位 完成值 权重 得分",
            "产出指标 数量指标 举办养护培训次数 ≥ 2 次 3 10 10",
            "说明：以上数据由县交通运输局提供。");
        var indicator = Assert.Single(project.Indicators);
        Assert.Equal("举办养护培训次数", indicator.Name);
        Assert.Equal("≥2次", indicator.Target!.Text);
        Assert.Equal(10.0, indicator.Weight);
    }

    [Fact]
    public void A_value_that_wrapped_onto_its_own_line_stays_with_its_row_and_page_numbers_and_empty_slots_are_passed_over()
    {
        var project = TextReports.Single(
            Title,
            "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
            "产出指标 数量指标 养护农村公路里程 ≥120公里",
            "126公里 30 30",
            "2、",
            "指标2：",
            "效益指标 社会效益指标 群众出行条件 明显改善 明显改善 30 28");
        Assert.Equal(["养护农村公路里程", "群众出行条件"], project.Indicators.Select(i => i.Name));
        Assert.Equal("126公里", project.Indicators[0].Actual!.Text);
        Assert.Equal(30.0, project.Indicators[0].Score);
        Assert.Equal("社会效益指标", project.Indicators[1].Level2);
    }

    [FsCheck.Xunit.Property(MaxTest = 40)]
    public Property The_same_table_joined_by_tabs_or_by_spaces_gives_the_same_indicators() =>
        Prop.ForAll(Tables.ToArbitrary(), table =>
        {
            var tabs = Indicators(TextReports.Single([Title, .. table.Select(r => string.Join('\t', r))]));
            var spaces = Indicators(TextReports.Single([Title, .. table.Select(r => string.Join(' ', r.Where(c => c.Length > 0)))]));
            return tabs.Count == table.Length - 1 && tabs.SequenceEqual(spaces);
        });

    private static List<string> Indicators(ProjectRecord project) =>
        project.Indicators.Select(i => string.Join('|', i.Level1, i.Level2, i.Name, i.Target?.Text, i.Actual?.Text, i.Weight, i.Score)).ToList();

    private static readonly string[] SideLabels = ["绩效指标", "绩效指标(90分)", "年度绩效指标(100分)"];

    private static readonly (string Level1, string Level2)[] Levels =
        [("产出指标", "数量指标"), ("产出指标", "质量指标"), ("产出指标", "时效指标"), ("效益指标", "社会效益指标"), ("满意度指标", "服务对象满意度指标")];

    private static readonly string[] Names = ["培训人次", "设备完好率", "资金拨付及时率", "受益群众人数", "群众满意度", "道路维修里程"];

    private static readonly string[] Targets = ["≥95%", "100%", "≥300人次", "≤10天", "达到预期"];

    private static readonly string[] Actuals = ["96%", "100%", "326人次", "8天", "达到预期"];

    private static readonly Gen<string[]> Row =
        from levels in Gen.Elements(Levels)
        from name in Gen.Elements(Names)
        from value in Gen.Choose(0, Targets.Length - 1)
        from weight in Gen.Choose(5, 30)
        from lost in Gen.Choose(0, weight)
        select new[] { levels.Level1, levels.Level2, name, Targets[value], Actuals[value], weight.ToString(), (weight - lost).ToString() };

    /// <summary>
    /// A header line (with or without a side label) and one to four rows with different names; a row under the same
    /// level labels as the row above leaves its merged level cells blank (a tab export writes them empty, a page that
    /// joins cells by spaces leaves them out).
    /// </summary>
    private static readonly Gen<string[][]> Tables =
        from side in Gen.Elements(SideLabels.Prepend(string.Empty).ToArray())
        from count in Gen.Choose(1, 4)
        from rows in Row.ArrayOf(count)
        from merged in Gen.Elements(true, false)
        let header = new[] { "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分" }
        select Merged(rows.DistinctBy(r => r[2]).ToArray(), merged).Prepend(side.Length > 0 ? [side, .. header] : header).ToArray();

    private static IEnumerable<string[]> Merged(string[][] rows, bool merged) =>
        rows.Select((row, i) => merged && i > 0 && rows[i - 1][0] == row[0] && rows[i - 1][1] == row[1] ? ["", "", .. row[2..]] : row);
}
