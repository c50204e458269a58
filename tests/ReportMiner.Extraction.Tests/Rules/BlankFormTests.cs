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
}
