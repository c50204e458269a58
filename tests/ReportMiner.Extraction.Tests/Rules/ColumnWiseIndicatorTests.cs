using ReportMiner.Extraction.Indicators;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A 自评表 whose text layer came out column-wise (a PDF viewer's copy): the value rows stand alone, and the level
/// labels and names are written elsewhere as one run of words. They are put together only when the counts agree.
/// </summary>
public sealed class ColumnWiseIndicatorTests
{
    private static Docs Form(string nameRun) => new Docs()
        .Para("某县卫生健康局2023年度项目支出绩效自评表")
        .Table("项目名称\t基层义诊服务经费", "主管部门\t某县卫生健康局")
        .Para("一级指标 二级指标 数量指标 三级指标 义诊活动开展次")
        .Table("年度 指标值\t实际 完成值\t分值\t得分",
            "≥12次\t14次\t20\t20",
            "≥95%\t97%\t20\t18",
            "按期\t按期\t20\t20",
            ">=90%\t93%\t10\t10",
            "100\t95")
        .Para(nameRun);

    [Fact]
    public void Value_rows_standing_alone_take_the_names_of_a_run_that_writes_one_name_under_each_level_2_in_order()
    {
        var project = Form("数 产出指标 质量指标 绩 效 指 标 时效指标 义诊诊断符合率 义诊按期完成 效益指标 满意度指标 服务对象满意度指标 群众满意度 总分 -1-")
            .Single();
        Assert.Equal(["义诊活动开展次数", "义诊诊断符合率", "义诊按期完成", "群众满意度"], project.Indicators.Select(i => i.Name));
        Assert.Equal(["数量指标", "质量指标", "时效指标", "服务对象满意度指标"], project.Indicators.Select(i => i.Level2));
        Assert.Equal(["产出指标", "产出指标", "产出指标", "满意度指标"], project.Indicators.Select(i => i.Level1));
        Assert.Equal(["≥95%", "97%"], [project.Indicators[1].Target!.Text, project.Indicators[1].Actual!.Text]);
        Assert.Equal([20.0, 20, 20, 10], project.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal([20.0, 18, 20, 10], project.Indicators.Select(i => i.Score!.Value));
    }

    [Fact]
    public void Value_rows_are_not_matched_to_names_when_a_level_2_holds_two_names()
    {
        var project = Form("数 产出指标 质量指标 绩 效 指 标 义诊诊断符合率 转诊登记完整率 时效指标 义诊按期完成 满意度指标 服务对象满意度指标 群众满意度 总分")
            .Single();
        Assert.Empty(project.Indicators);
    }

    [Fact]
    public void Value_rows_are_not_matched_when_there_are_more_names_than_value_rows()
    {
        var project = Form("数 产出指标 质量指标 义诊诊断符合率 时效指标 义诊按期完成 效益指标 社会效益指标 群众就医负担减轻 满意度指标 服务对象满意度指标 群众满意度 总分")
            .Single();
        Assert.Empty(project.Indicators);
    }

    [Fact]
    public void A_form_published_without_values_gives_the_names_of_its_run_under_their_levels()
    {
        var project = new Docs()
            .Para("某县卫生健康局2023年度项目支出绩效自评表")
            .Table("项目名称\t基层义诊服务经费", "主管部门\t某县卫生健康局")
            .Para("一级指标 二级指标 三级指标 数量指标 产出指标 绩 效 指 标 义诊活动开展次数 质量指标 义诊诊断符合率 时效指标 效益指标 "
                  + "社会效益指标 满意度指标 服务对象满意度指标 义诊按期完成情况 群众健康意识提升 群众满意度 总分 年度 指标值")
            .Single();
        Assert.Equal(["义诊活动开展次数", "义诊诊断符合率", "义诊按期完成情况", "群众健康意识提升", "群众满意度"], project.Indicators.Select(i => i.Name));
        Assert.Equal(["数量指标", "质量指标", "时效指标", "社会效益指标", "服务对象满意度指标"], project.Indicators.Select(i => i.Level2));
        Assert.Equal(["产出指标", "产出指标", "产出指标", "效益指标", "满意度指标"], project.Indicators.Select(i => i.Level1));
        Assert.All(project.Indicators, i => Assert.Null(i.Target));
    }

    [Fact]
    public void A_run_whose_names_outnumber_its_level_2_labels_reads_as_nothing()
    {
        Assert.Null(FlattenedNameRun.Read(["数量指标", "产出指标", "培训人次", "培训班次", "质量指标", "考核合格率"]));
    }

    [Fact]
    public void A_lone_character_after_a_name_ends_that_name_and_the_side_label_is_passed_over()
    {
        var entries = FlattenedNameRun.Read(["数量指标", "培训完成", "率", "绩", "效", "指", "标", "质量指标", "考核合格率"])!;
        Assert.Equal(["培训完成率", "考核合格率"], entries.Select(e => e.Name));
    }

    [Fact]
    public void Rows_read_without_values_take_the_value_rows_standing_alone_in_order()
    {
        var project = new Docs()
            .Para("某县医疗保障局2020年度项目支出绩效自评表")
            .Table("项目名称\t城乡居民参保补助资金", "主管部门\t某县医疗保障局")
            .Table("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
                "产出指标\t数量指标\t参保人数\t9000人\t8900人\t20\t18",
                "≥95%\t97%\t20\t20",
                "80元\t80元\t10\t10",
                "产出指标\t质量指标\t资金到位率",
                "产出指标\t成本指标\t人均补助标准")
            .Single();
        Assert.Equal(["参保人数", "资金到位率", "人均补助标准"], project.Indicators.Select(i => i.Name));
        Assert.Equal(["9000人", "≥95%", "80元"], project.Indicators.Select(i => i.Target!.Text));
        Assert.Equal([18.0, 20, 10], project.Indicators.Select(i => i.Score!.Value));
    }

    private const string OneLineForm =
        "项目支出绩效自评表 项目名称 基层义诊服务经费 主管部门 某县卫生健康局 一级指标 二级指标 数量指标 三级指标 义诊活动开展次 "
        + "年度 指标值 实际 完成值 分值 得分 ≥12次 14次 20 20 ≥95% 97% 20 18 按期 按期 20 20 >=90% 93% 10 10 100 95 "
        + "数 产出指标 质量指标 绩 效 指 标 时效指标 义诊诊断符合率 义诊按期完成 满意度指标 服务对象满意度指标 群众满意度 总分";

    [Fact]
    public void A_form_flattened_into_one_line_is_cut_at_its_value_rows_and_read_the_same_way()
    {
        var project = new Docs().Para("某县卫生健康局2023年度项目支出绩效自评表").Para(OneLineForm).Single();
        Assert.Equal(["义诊活动开展次数", "义诊诊断符合率", "义诊按期完成", "群众满意度"], project.Indicators.Select(i => i.Name));
        Assert.Equal([20.0, 18, 20, 10], project.Indicators.Select(i => i.Score!.Value));
    }

    [Fact]
    public void A_line_holding_two_forms_is_not_cut_at_its_value_rows_for_it_does_not_say_whose_they_are()
    {
        var second = OneLineForm.Replace("基层义诊服务经费", "家庭医生签约经费").Replace("≥12次 14次 20 20 ≥95% 97% 20 18 按期 按期 20 20 >=90% 93% 10 10 100 95 ", "");
        var record = new Docs().Para("某县卫生健康局2023年度项目支出绩效自评表").Para(OneLineForm + " " + second).Extract();
        Assert.DoesNotContain(record.Projects.SelectMany(p => p.Indicators), i => i.Score is not null);
    }

    [Fact]
    public void Rows_of_bare_figures_are_not_taken_for_the_values_of_rows_read_without_them()
    {
        var project = new Docs()
            .Para("某县医疗保障局2020年度项目支出绩效自评表")
            .Table("项目名称\t城乡居民参保补助资金", "主管部门\t某县医疗保障局")
            .Table("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
                "产出指标\t数量指标\t参保人数\t9000人\t8900人\t20\t18",
                "60\t58\t10\t9",
                "40\t40\t10\t10",
                "产出指标\t质量指标\t资金到位率",
                "产出指标\t成本指标\t人均补助标准")
            .Single();
        Assert.All(project.Indicators.Skip(1), i => Assert.Null(i.Score));
    }
}
