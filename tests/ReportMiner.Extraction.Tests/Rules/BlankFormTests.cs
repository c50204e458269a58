namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A template has a target form's whole shape and nothing filled in, and reads as "other". A real target form whose
/// indicator rows went unread is no template: it still names its project and its unit, or states its amount.
/// </summary>
public sealed class BlankFormTests
{
    private static Docs TargetForm(string project, string department, string amount) => new Docs()
        .Para("项目支出绩效目标申报表(参考模板)")
        .Table(
            "项目名称\t" + project + "\t<\t<",
            "主管部门\t" + department + "\t<\t<",
            "年度资金总额\t" + amount + "\t<\t<",
            "一级指标\t二级指标\t三级指标\t分值",
            "产出指标\t数量指标\t完成数量\t20",
            "^\t质量指标\t完成质量\t20",
            "效益指标\t社会效益指标\t受益人数\t30",
            "满意度指标\t服务对象满意度指标\t群众满意度\t30");

    [Fact]
    public void A_template_with_its_fields_left_empty_reads_as_other()
    {
        var record = TargetForm("", "", "").Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_template_whose_fields_hold_placeholders_reads_as_other()
    {
        var record = TargetForm("XX单位XX项目", "XX县XX局", "").Extract();
        Assert.Equal("other", record.DocumentKind);
    }

    [Fact]
    public void A_target_form_that_names_its_project_and_unit_is_a_report_even_with_its_indicator_rows_unread()
    {
        var record = TargetForm("农村公路日常养护项目", "某县交通运输局", "").Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.NotEmpty(record.Projects);
    }

    [Fact]
    public void A_target_form_that_names_only_its_unit_is_a_report()
    {
        var record = TargetForm("", "某县交通运输局", "").Extract();
        Assert.Equal("performance_report", record.DocumentKind);
    }

    [Fact]
    public void A_target_form_that_states_an_amount_in_a_field_the_budget_does_not_read_is_a_report()
    {
        var record = new Docs()
            .Para("项目支出绩效目标申报表(参考模板)")
            .Table(
                "项目名称\t",
                "资金来源\t财政拨款\t50",
                "一级指标\t二级指标\t三级指标\t分值",
                "产出指标\t数量指标\t完成数量\t20",
                "效益指标\t社会效益指标\t受益人数\t30")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
    }

    [Fact]
    public void A_blank_target_form_published_with_its_filling_instructions_reads_as_other()
    {
        var record = new Docs()
            .Para("某县财政支出项目绩效目标申报表")
            .Para("年度绩效指标 一级指标 二级指标 指标内容 指标值 备注 产出指标 数量指标 质量指标 时效指标 成本指标 … 效益指标 经济效益指标 社会效益指标 环境效益指标 可持续影响指标 … 服务对象满意度指标 具体指标 ……")
            .Para("填报人: 单位负责人: 填报日期:")
            .Para("某县财政支出项目绩效目标申报表填报说明")
            .Para("一、适用范围")
            .Para("(一)本表适用于预算部门在申请项目支出预算时填报，作为项目绩效目标审核、预算资金确定和绩效评价的主要依据。")
            .Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void Notes_on_filling_a_self_evaluation_form_read_as_other()
    {
        var record = new Docs()
            .Para("项目支出绩效自评表")
            .Para("1.对于不适用部分评价对象的评价指标，不考核该指标，用适用指标得分汇总后按百分制对该项目折算计分。")
            .Para("2.社会效益：项目完成后所具有或预期所具有的社会效益状况。")
            .Para("指标说明:")
            .Para("1、年初设定目标：所有计划任务书中设定本年度应完成的各类指标总和。")
            .Para("2、资金到位及时：项目财政资金是否及时合规拨付到项目承担单位。")
            .Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void Requirements_for_filling_a_target_form_whose_name_field_says_fill_it_in_read_as_other()
    {
        var record = new Docs()
            .Para("绩效目标申报表填写要求.docx")
            .Para("1、绩效目标申报表填写要求：红色字体部分为必填项目。1.项目名称:自行填写2 .项目类型:系统自动生成3 .一级主管部门名称:系统自动生成")
            .Para("10 .总体目标年度目标:在年度范围内，使用该项目资金预期达到的产出和效果。11 .绩效指标包括三个一级指标，即产出指标、效益指标和服务对象满意度指标。")
            .Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_filled_self_evaluation_form_that_keeps_its_filling_notes_stays_a_report()
    {
        var record = new Docs()
            .Para("项目支出绩效自评表")
            .Table(
                "项目名称\t农村公路日常养护项目",
                "主管部门\t某县交通运输局",
                "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
                "产出指标\t数量指标\t养护里程\t120公里\t120公里\t20\t20")
            .Para("填表说明：")
            .Para("1.预算执行率=预算执行数/调整后预算数。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.NotEmpty(record.Projects);
    }
}
