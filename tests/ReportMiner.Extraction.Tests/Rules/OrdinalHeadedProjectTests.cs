namespace ReportMiner.Extraction.Tests.Rules;

public sealed class OrdinalHeadedProjectTests
{
    [Fact]
    public void Ordinal_headings_alone_on_their_lines_that_name_projects_open_one_project_each()
    {
        var record = new Docs()
            .Para("某市某局2022年度项目绩效自评报告")
            .Para("一、项目基本情况")
            .Para("（一）图书资料数字化加工经费项目")
            .Para("争取到市级资金40万元，用于数字化加工。")
            .Para("（二）库房日常维护项目")
            .Para("争取到市级财政资金20万元，用于库房维护。")
            .Extract();
        Assert.Equal(["图书资料数字化加工经费项目", "库房日常维护项目"], record.Projects.Select(p => p.Name));
    }

    [Fact]
    public void An_ordinal_heading_that_runs_into_the_projects_self_evaluation_summary_names_the_project_before_it()
    {
        var record = new Docs()
            .Para("2021年度某省某协会绩效评价工作开展情况")
            .Para("二、项目绩效自评结果")
            .Para("（一）志愿服务工作经费绩效自评综述：项目全年预算数300.00万元，执行数为280.00万元，资金执行率为93.33%。")
            .Para("（二）困难群众救助经费绩效自评综述：项目年预算批复金额为500万元，实际执行资金总额500万元，资金执行率为100%。")
            .Extract();
        Assert.Equal(["志愿服务工作经费", "困难群众救助经费"], record.Projects.Select(p => p.Name));
        Assert.Equal(new double?[] { 300, 500 }, record.Projects.Select(p => p.BudgetWan));
    }

    [Fact]
    public void Ordinal_headings_naming_only_where_the_money_comes_from_do_not_split_the_report()
    {
        var record = new Docs()
            .Para("某县农村道路建设项目2023年度绩效自评报告")
            .Para("（一）中央财政补助资金")
            .Para("下达120万元。")
            .Para("（二）地方配套资金")
            .Para("下达30万元。")
            .Extract();
        Assert.Single(record.Projects);
    }

    [Fact]
    public void Project_headings_repeated_under_a_later_section_do_not_open_projects_here()
    {
        var record = new Docs()
            .Para("某县教育局2023年度项目支出绩效自评报告")
            .Para("一、项目概况")
            .Para("（一）学生营养改善补助资金")
            .Para("（二）校舍维修改造工程")
            .Para("二、绩效目标完成情况")
            .Para("（一）学生营养改善补助资金")
            .Para("（二）校舍维修改造工程")
            .Extract();
        Assert.NotEqual(["学生营养改善补助资金", "校舍维修改造工程"], record.Projects.Select(p => p.Name));
    }

    [Fact]
    public void A_final_accounts_outline_whose_ordinal_headings_list_the_self_evaluation_parts_does_not_split_the_report()
    {
        var record = new Docs()
            .Para("某县某局2023年度部门决算")
            .Para("四、部门绩效自评情况")
            .Para("（一）部门整体支出绩效自评情况")
            .Para("（二）部门整体支出绩效自评表")
            .Para("（三）项目支出绩效自评表")
            .Para("五、其他重要事项情况说明")
            .Extract();
        Assert.True(record.Projects.Count <= 1);
    }

    [Fact]
    public void Section_headings_that_open_with_the_word_project_and_end_in_situation_words_do_not_split_the_report()
    {
        var record = new Docs()
            .Para("某市某中心2022年度环境监测能力建设项目绩效评价报告")
            .Para("二、项目执行的基本情况")
            .Para("（一）项目的进展和调整情况")
            .Para("项目按计划推进。")
            .Para("（二）项目总投入、资金到位情况")
            .Para("到位资金80万元。")
            .Para("（三）项目资金实际支出情况")
            .Para("实际支出78万元。")
            .Extract();
        Assert.True(record.Projects.Count <= 1);
    }

    [Fact]
    public void Funding_source_rows_of_a_budget_form_headed_by_ordinals_do_not_split_the_report()
    {
        var record = new Docs()
            .Para("某科研项目经费支出预算")
            .Para("二、经费来源")
            .Para("（一）申请从专项经费获得的资助")
            .Para("合计50万元。")
            .Para("（二）自筹经费来源")
            .Para("单位自有货币资金10万元。")
            .Extract();
        Assert.True(record.Projects.Count <= 1);
    }
}
