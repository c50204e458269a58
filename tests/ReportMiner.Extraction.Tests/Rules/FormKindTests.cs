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
