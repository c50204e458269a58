namespace ReportMiner.Extraction.Tests.Rules;

public sealed class FormLabelSpellingTests
{
    [Fact]
    public void The_office_over_the_line_of_work_is_the_department_of_a_target_form()
    {
        var project = new Docs()
            .Para("项目支出绩效目标表")
            .Table("项目名称\t民族乡加工园配套设施建设项目\t<\t<", "建设周期\t2023年4月-2024年2月\t业务主管部门\t某某县民宗委", "年度资金总额\t50\t<\t<")
            .Single();
        Assert.Equal("某某县民宗委", project.Department);
    }

    [Fact]
    public void A_run_together_form_is_cut_after_the_whole_department_label_with_its_name_word()
    {
        var project = new Docs()
            .Para("附件2 残疾人事业发展补助资金区域绩效目标表 (2019年度) 专项名称 残疾人事业发展补助资金 主管部门名称 省残联 资金情况")
            .Para("年度资金总额 500万元")
            .Single();
        Assert.Equal("省残联", project.Department);
    }

    [Fact]
    public void A_run_together_form_is_cut_after_a_department_label_with_its_bracketed_unit_word()
    {
        var project = new Docs()
            .Para("项目支出绩效自评表 (2021年度) 项目名称 司法业务经费 主管部门(单位) 上饶市司法局 项目资金(万元) 实施单位 上饶市司法局")
            .Single();
        Assert.Equal("上饶市司法局", project.Department);
    }
}
