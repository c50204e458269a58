using ReportMiner.TestSupport;

namespace ReportMiner.Extraction.Tests.Rules;

public sealed class OtherProjectFormsTests
{
    private static Docs Report(Docs docs, string title, string nameLine, string subject) => docs
        .Para(title)
        .Para(nameLine)
        .Para("一、项目基本情况")
        .Para($"{subject}是我局年度重点工作，年初预算安排资金120万元，全年实际支出118万元。")
        .Para("二、绩效目标完成情况")
        .Para("项目按计划完成各项建设任务，资金拨付及时，管理制度健全，群众反映良好。")
        .Para("三、存在的问题及改进措施")
        .Para("部分工作进度偏慢，下一步将加强调度，确保按期完成，提高资金使用效益。");

    private static Docs Form(Docs docs, string indicator) => docs
        .Table(
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
            "产出指标\t数量指标\t" + indicator + "\t≥120公里\t126公里\t30\t30",
            "^\t质量指标\t路面完好率\t≥90%\t93%\t30\t30",
            "效益指标\t社会效益指标\t群众出行满意度\t≥90%\t95%\t40\t38");

    private static Docs OwnForm(Docs docs) => docs
        .Table(
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
            "产出指标\t数量指标\t治理河道长度\t≥12公里\t13公里\t30\t30",
            "^\t质量指标\t工程验收合格率\t100%\t100%\t30\t30",
            "效益指标\t生态效益指标\t河道水质达标率\t≥90%\t95%\t20\t20",
            "满意度指标\t服务对象满意度指标\t沿岸群众满意度\t≥90%\t96%\t20\t20");

    [Fact]
    public void Another_projects_form_under_a_title_naming_it_below_a_named_report_with_its_own_form_is_a_project_of_its_own()
    {
        var docs = OwnForm(Report(new Docs(), "2023年度项目支出绩效自评报告", "项目名称：某县河道治理工程", "河道治理工程"))
            .Para("2023年度农村公路养护项目支出绩效自评表");
        var record = Form(docs, "养护农村公路里程").Extract();
        Assert.Equal(2, record.Projects.Count);
        Assert.Contains("河道治理", record.Projects[0].Name);
        Assert.Contains("治理河道长度", record.Projects[0].Indicators.Select(i => i.Name));
        Assert.Contains("农村公路养护", record.Projects[1].Name);
        Assert.Contains("养护农村公路里程", record.Projects[1].Indicators.Select(i => i.Name));
        Assert.DoesNotContain("养护农村公路里程", record.Projects[0].Indicators.Select(i => i.Name));
    }

    [Fact]
    public void Another_projects_form_named_by_its_project_name_row_under_the_templates_title_is_a_project_of_its_own()
    {
        var docs = OwnForm(Report(new Docs(), "某县水利局2023年度河道治理工程项目绩效自评报告", "评价单位：某县水利局", "河道治理工程"))
            .Para("2023年度项目支出绩效自评表")
            .Table("项目名称\t农村公路养护");
        var record = Form(docs, "养护农村公路里程").Extract();
        Assert.Equal(2, record.Projects.Count);
        Assert.Contains("农村公路养护", record.Projects[1].Name);
        Assert.Contains("养护农村公路里程", record.Projects[1].Indicators.Select(i => i.Name));
    }

    [Fact]
    public void A_reports_own_form_under_a_title_naming_its_project_in_other_words_stays_with_the_report()
    {
        var docs = Report(new Docs(), "2023年度项目支出绩效自评报告", "项目名称：某县农村公路养护工程", "农村公路养护工程")
            .Para("某县交通运输局2023年度农村公路日常养护项目支出绩效自评表");
        var record = Form(docs, "养护农村公路里程").Extract();
        Assert.Single(record.Projects);
    }

    [Fact]
    public void A_single_form_below_a_report_without_a_form_of_its_own_is_the_reports_form_whatever_words_it_names_it_in()
    {
        var docs = Report(new Docs(), "2023年度项目支出绩效自评报告", "项目名称：某县城乡居民基本医疗保险补助", "城乡居民基本医疗保险补助")
            .Para("2023年度城乡医保财政补助资金项目支出绩效自评表");
        var record = Form(docs, "参保人数").Extract();
        Assert.Single(record.Projects);
        Assert.Contains("参保人数", record.Projects[0].Indicators.Select(i => i.Name));
    }

    [Fact]
    public void One_form_naming_its_project_in_other_characters_below_a_named_report_without_a_form_of_its_own_is_another_projects()
    {
        var docs = Report(new Docs(), "2023年度项目支出绩效自评报告", "项目名称：某县河道治理工程", "河道治理工程")
            .Para("2023年度森林防火能力提升项目支出绩效自评表");
        var record = Form(docs, "新建防火隔离带").Extract();
        Assert.Equal(2, record.Projects.Count);
        Assert.Contains("河道治理", record.Projects[0].Name);
        Assert.Empty(record.Projects[0].Indicators);
        Assert.Contains("森林防火能力提升", record.Projects[1].Name);
        Assert.Contains("新建防火隔离带", record.Projects[1].Indicators.Select(i => i.Name));
    }

    [Fact]
    public void One_form_whose_project_name_row_names_another_project_below_a_named_report_without_a_form_of_its_own_is_that_projects()
    {
        var docs = Report(new Docs(), "某县水利局2023年度河道治理工程项目绩效自评报告", "评价单位：某县水利局", "河道治理工程")
            .Para("2023年度项目支出绩效自评表")
            .Table("项目名称\t森林防火能力提升");
        var record = Form(docs, "新建防火隔离带").Extract();
        Assert.Equal(2, record.Projects.Count);
        Assert.Contains("河道治理", record.Projects[0].Name);
        Assert.Equal("森林防火能力提升", record.Projects[1].Name);
        Assert.Contains("新建防火隔离带", record.Projects[1].Indicators.Select(i => i.Name));
    }

    [Fact]
    public void Two_other_projects_forms_under_the_templates_title_below_a_report_without_a_form_of_its_own_are_projects_of_their_own()
    {
        var docs = Report(new Docs(), "2023年度项目支出绩效自评报告", "项目名称：某县河道治理工程", "河道治理工程")
            .Para("2023年度项目支出绩效自评表")
            .Table("项目名称\t农村公路养护");
        docs = Form(docs, "养护农村公路里程")
            .Para("2023年度项目支出绩效自评表")
            .Table("项目名称\t森林防火能力提升");
        var record = Form(docs, "新建防火隔离带").Extract();
        Assert.Equal(3, record.Projects.Count);
        Assert.Contains("养护农村公路里程", record.Projects[1].Indicators.Select(i => i.Name));
        Assert.Contains("新建防火隔离带", record.Projects[2].Indicators.Select(i => i.Name));
    }

    [Fact]
    public void A_form_below_a_report_that_names_no_project_of_its_own_stays_with_the_report()
    {
        var docs = Report(new Docs(), "2023年度项目支出绩效自评报告", "评价方式：单位自评", "本项目")
            .Para("2023年度农村公路养护项目支出绩效自评表");
        var record = Form(docs, "养护农村公路里程").Extract();
        Assert.Single(record.Projects);
    }

    [Fact]
    public void A_form_title_without_its_indicator_table_below_opens_no_project()
    {
        var record = Report(new Docs(), "2023年度项目支出绩效自评报告", "项目名称：某县河道治理工程", "河道治理工程")
            .Para("附件2")
            .Para("2023年度农村公路养护项目支出绩效自评表")
            .Para("单位：万元")
            .Extract();
        Assert.Single(record.Projects);
    }
}
