namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A page cut where the next attachment begins ends on that form's title ("附件2 / 2020年度X项目绩效目标表"). When the
/// title names a project the text above never mentions, it is another project's form: it gives this text no name,
/// year or kind; a value the text no longer states goes missing instead.
/// </summary>
public sealed class AnotherProjectsFormTitleTests
{
    [Fact]
    public void A_form_title_naming_a_project_the_text_never_mentions_gives_no_report_kind()
    {
        var project = new Docs()
            .Para("一、项目概况")
            .Para("2022年度乡村道路维护项目全年预算80万元，实际支出78万元，完成道路维护120公里，群众出行条件明显改善，道路通畅率保持在较高水平。")
            .Para("附件2")
            .Para("2021年度农村公路养护项目绩效目标表")
            .Single();
        Assert.Null(project.ReportKind);
    }

    [Fact]
    public void A_short_paragraph_above_another_projects_form_title_keeps_its_own_year_and_no_other_name()
    {
        var project = new Docs()
            .Para("2021年度乡村道路维护项目，通过项目实施改善群众出行条件")
            .Para("附件2")
            .Para("2020年度城乡居民医疗救助项目绩效目标表")
            .Single();
        Assert.Equal(2021, project.Year);
        Assert.NotEqual("城乡居民医疗救助项目", project.Name);
    }

    [Fact]
    public void A_project_forms_unit_line_without_its_project_name_row_names_no_project()
    {
        var project = new Docs()
            .Para("附件1")
            .Para("2022年度项目支出绩效自评表")
            .Para("单位名称:某市退役军人事务局 填报日期:2023年4月6日")
            .Single();
        Assert.NotEqual("某市退役军人事务局", project.Name);
    }

    [Fact]
    public void A_whole_department_forms_unit_line_still_names_the_unit()
    {
        var project = new Docs()
            .Para("部门整体支出绩效自评表")
            .Para("单位名称:某市退役军人事务局 填报日期:2023年4月6日")
            .Single();
        Assert.Equal("某市退役军人事务局", project.Name);
    }
}
