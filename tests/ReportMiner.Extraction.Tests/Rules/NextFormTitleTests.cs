namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// An archive's excerpt that stops where the next form begins leaves that form's title below the first form
/// (附件2 / another year's 绩效目标表 with nothing under it): the title belongs to the next form, not to this one.
/// </summary>
public sealed class NextFormTitleTests
{
    private static Docs SelfEvaluationForm() => new Docs()
        .Para("部门整体支出绩效自评表")
        .Table(
            "单位(盖章):某镇人民政府\t填报日期:2022年3月5日",
            "部门(单位)名称\t某镇人民政府",
            "年度资金总额\t300.5\t280.1");

    [Fact]
    public void The_next_forms_title_below_a_form_does_not_give_the_year()
    {
        var project = SelfEvaluationForm().Para("附件2").Para("2020年度村道养护项目绩效目标表").Single();
        Assert.Equal(2021, project.Year);
    }

    [Fact]
    public void The_next_forms_title_below_a_form_does_not_give_the_report_kind()
    {
        var project = SelfEvaluationForm().Para("附件2").Para("2020年度村道养护项目绩效目标表").Single();
        Assert.Equal("self_evaluation", project.ReportKind);
    }

    [Fact]
    public void A_form_title_with_its_form_below_still_names_the_kind_under_a_report_title()
    {
        var project = new Docs()
            .Para("某县2021年度村道养护项目绩效评价报告")
            .Para("一、项目基本情况")
            .Para("本项目全年预算80万元。")
            .Para("附件")
            .Para("项目支出绩效自评表")
            .Table(
                "项目名称\t村道养护项目",
                "主管部门\t某县交通运输局")
            .Single();
        Assert.Equal("self_evaluation", project.ReportKind);
    }

    [Fact]
    public void A_title_below_a_form_without_a_title_of_its_own_does_not_give_the_year()
    {
        var project = new Docs()
            .Table(
                "项目名称\t乡镇文化站免费开放经费",
                "主管部门\t某县文化和旅游局",
                "年度资金总额\t12\t12")
            .Para("2019年度农村公路养护项目绩效目标表")
            .Single();
        Assert.Null(project.Year);
    }

    [Fact]
    public void An_excerpt_ending_on_a_form_title_below_its_prose_takes_neither_its_name_nor_its_year()
    {
        var project = new Docs()
            .Para("本次绩效评价对2023年度乡镇垃圾清运补助项目的投入、过程、产出和效益进行了全面评价，评价结论为良，得分85分，项目资金使用规范。")
            .Para("附件2")
            .Para("2021年度农村公路养护项目绩效目标表")
            .Single();
        Assert.NotEqual("农村公路养护项目", project.Name);
        Assert.Equal(2023, project.Year);
    }

    [Fact]
    public void A_report_without_a_title_takes_its_kind_from_its_own_words_not_from_the_next_forms_title()
    {
        var project = new Docs()
            .Para("一、项目基本情况")
            .Para("受县财政局委托，我所对2022年度乡村道路维护项目开展绩效评价，通过查阅资料、现场核查和问卷调查，评价得分86分，项目资金使用规范，维护任务按期完成。")
            .Para("附件2")
            .Para("2021年度农村公路养护项目绩效目标表")
            .Single();
        Assert.Equal("evaluation", project.ReportKind);
    }

    [Fact]
    public void A_form_title_the_excerpt_ends_on_names_the_kind_only_when_the_text_names_none()
    {
        var project = new Docs()
            .Para("一、项目基本情况")
            .Para("2021年度农村公路养护项目全年预算80万元，实际支出78万元，完成道路维护120公里，群众出行条件明显改善，道路通畅率保持在较高水平。")
            .Para("附件2")
            .Para("2021年度农村公路养护项目绩效目标表")
            .Single();
        Assert.Equal("target", project.ReportKind);
    }

    [Fact]
    public void A_form_title_that_is_the_whole_excerpt_still_names_the_project()
    {
        var project = new Docs().Para("2021年度农村公路养护项目绩效目标表").Single();
        Assert.Equal("农村公路养护项目", project.Name);
        Assert.Equal(2021, project.Year);
    }
}
