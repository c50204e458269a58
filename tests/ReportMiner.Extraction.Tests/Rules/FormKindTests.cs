namespace ReportMiner.Extraction.Tests.Rules;

public sealed class FormKindTests
{
    [Fact]
    public void A_self_evaluation_form_under_a_cover_titled_evaluation_report_makes_every_listed_project_a_self_evaluation()
    {
        var record = new Docs()
            .Para("某市档案局2023年部门决算中项目绩效评价报告")
            .Table("序号\t项目名称", "1\t档案数字化加工经费", "2\t库房安防维护费", "3\t档案抢救保护专项资金")
            .Para("项目支出绩效自评表").Para("(2023年度)")
            .Table("项目名称\t档案数字化加工经费", "主管部门\t某市档案局\t实施单位\t某市档案局",
                "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数",
                "^\t年度资金总额\t60\t60\t58")
            .Extract();
        Assert.Equal(3, record.Projects.Count);
        Assert.All(record.Projects, p => Assert.Equal("self_evaluation", p.ReportKind));
    }

    [Fact]
    public void A_form_without_its_title_that_scores_the_years_spending_is_a_self_evaluation()
    {
        var record = new Docs()
            .Table("项目名称\t乡镇污水管网维护项目",
                "主管部门\t某县住房和城乡建设局\t实施单位\t某县污水处理站",
                "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
                "^\t年度资金总额\t80\t80\t76\t10\t95%\t9.5")
            .Extract();
        Assert.Equal("self_evaluation", Assert.Single(record.Projects).ReportKind);
    }

    [Fact]
    public void A_form_without_its_title_that_expects_the_years_spending_is_no_self_evaluation()
    {
        var record = new Docs()
            .Table("项目名称\t乡镇污水管网维护项目",
                "主管部门\t某县住房和城乡建设局\t实施单位\t某县污水处理站",
                "项目资金（万元）\t\t年初预算数\t1-6月执行数\t全年预计执行数\t分值\t得分",
                "^\t年度资金总额\t80\t30\t76\t10\t9.5")
            .Extract();
        Assert.NotEqual("self_evaluation", Assert.Single(record.Projects).ReportKind);
    }

    [Fact]
    public void A_form_without_its_title_that_states_only_the_years_goal_is_a_target_form()
    {
        var record = new Docs()
            .Table("项目名称\t全市文物保护专项经费\t预算金额\t36万元",
                "主管部门\t某市文化和旅游局\t实施单位\t某市文物保护中心",
                "年度绩效总目标\t产出指标\t开展文物安全巡查8次",
                "一级指标\t二级指标\t三级指标\t指标值",
                "产出指标\t数量指标\t文物安全巡查频次\t8次")
            .Extract();
        Assert.Equal("target", Assert.Single(record.Projects).ReportKind);
    }

    [Fact]
    public void A_form_without_its_title_that_sets_its_goal_beside_the_result_is_no_target_form()
    {
        var record = new Docs()
            .Table("项目名称\t全市文物保护专项经费",
                "主管部门\t某市文化和旅游局\t实施单位\t某市文物保护中心",
                "年度总体目标\t预期目标\t实际完成情况",
                "^\t开展文物安全巡查8次\t开展文物安全巡查9次",
                "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值",
                "产出指标\t数量指标\t文物安全巡查频次\t8次\t9次")
            .Extract();
        Assert.NotEqual("target", Assert.Single(record.Projects).ReportKind);
    }

    [Fact]
    public void A_target_form_titled_as_approved_by_the_finance_office_is_a_target_form()
    {
        var record = new Docs()
            .Para("某市财政项目支出绩效目标批复表")
            .Para("(2019年度)")
            .Table("项目名称\t镇际道路升级改造工程\t本年度申请市财政预算资金(万元)\t919.00",
                "绩效指标\t一级指标\t二级指标\t三级指标\t指标值",
                "^\t产出指标\t数量指标\t完成结算项目数\t3")
            .Extract();
        Assert.Equal("target", Assert.Single(record.Projects).ReportKind);
    }

    [Fact]
    public void A_self_evaluation_report_that_quotes_its_target_table_stays_a_self_evaluation()
    {
        var record = new Docs()
            .Para("某县2022年农村公路养护项目绩效自评报告")
            .Para("一、项目基本情况")
            .Para("项目年初设定的绩效目标见下表。")
            .Para("项目绩效目标表")
            .Table("项目名称\t农村公路养护项目", "主管部门\t某县交通运输局")
            .Extract();
        Assert.Equal("self_evaluation", Assert.Single(record.Projects).ReportKind);
    }

    [Fact]
    public void A_third_party_evaluation_with_its_own_scoring_table_stays_an_evaluation()
    {
        var record = new Docs()
            .Para("某区2021年垃圾分类专项资金绩效评价报告")
            .Para("受区财政局委托，我公司对该项目开展了绩效评价。")
            .Para("绩效评价指标评分表")
            .Table("项目名称\t垃圾分类专项资金", "一级指标\t二级指标\t分值\t得分")
            .Extract();
        Assert.Equal("evaluation", Assert.Single(record.Projects).ReportKind);
    }
}
