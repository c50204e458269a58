namespace ReportMiner.Extraction.Tests.Rules;

public sealed class ListedProjectsTests
{
    [Fact]
    public void Each_row_of_a_numbered_project_list_becomes_a_project_with_its_money_and_grade()
    {
        var record = new Docs()
            .Para("某市财政局关于2023年度重点项目绩效评价结果的通报")
            .Para("2023年共对3个重点项目开展了绩效评价，具体评价结果如下：")
            .Table("序号\t主管部门\t项目名称\t资金量（万元）\t评价等级",
                "1\t某市农业农村局\t高标准农田建设补助资金\t1,250.5\t优",
                "2\t某市教育局\t校舍维修改造经费\t380\t良",
                "3\t某市卫生健康委员会\t基层医疗设备购置项目\t96.8\t中")
            .Para("三、存在的问题")
            .Extract();
        Assert.Equal(["高标准农田建设补助资金", "校舍维修改造经费", "基层医疗设备购置项目"], record.Projects.Select(p => p.Name));
        Assert.Equal([1250.5, 380, 96.8], record.Projects.Select(p => p.BudgetWan!.Value));
        Assert.Equal(["优", "良", "中"], record.Projects.Select(p => p.Grade));
        Assert.Equal(["某市农业农村局", "某市教育局", "某市卫生健康委员会"], record.Projects.Select(p => p.Department));
        Assert.All(record.Projects, p => Assert.Equal(2023, p.Year));
    }

    [Fact]
    public void A_column_of_grades_gives_each_listed_project_its_grade_whatever_its_heading()
    {
        var record = new Docs()
            .Para("某县交通运输局2023年度专项债券项目绩效评价情况表")
            .Table("序号\t项目名称\t发行金额(亿元)\t评价得分\t评价结果\t备注",
                "1\t某县城区道路改造工程\t0.5\t88\t良\t单位自评",
                "2\t某县客运站建设项目\t1.2\t93\t优\t财政重点评价")
            .Extract();
        Assert.Equal(["良", "优"], record.Projects.Select(p => p.Grade));
        Assert.Equal([88, 93], record.Projects.Select(p => p.Score!.Value));
    }

    [Fact]
    public void A_column_of_remarks_beside_the_grades_is_no_grade()
    {
        var record = new Docs()
            .Para("某县2023年度项目绩效评价情况表")
            .Table("序号\t项目名称\t资金量(万元)\t评价结果",
                "1\t某县城区道路改造工程\t500\t良",
                "2\t某县客运站建设项目\t1200\t已整改")
            .Extract();
        Assert.All(record.Projects, p => Assert.Null(p.Grade));
    }

    [Fact]
    public void A_listed_project_that_has_its_own_form_stays_one_project_and_the_others_share_the_reports_unit()
    {
        var record = new Docs()
            .Para("某县政务服务中心2022年度项目支出绩效自评报告")
            .Table("序号\t项目名称", "1\t政务大厅运行经费", "2\t网上办事平台维护费", "3\t窗口人员培训经费")
            .Para("项目支出绩效自评表").Para("(2022年度)")
            .Table("项目名称\t政务大厅运行经费", "主管部门\t某县政务服务中心\t实施单位\t某县政务服务中心",
                "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数",
                "^\t年度资金总额\t40\t40\t38")
            .Extract();
        Assert.Equal(["政务大厅运行经费", "网上办事平台维护费", "窗口人员培训经费"], record.Projects.Select(p => p.Name));
        Assert.Equal(40, record.Projects[0].BudgetWan);
        Assert.Null(record.Projects[1].BudgetWan);
        Assert.All(record.Projects, p =>
        {
            Assert.Equal("某县政务服务中心", p.Department);
            Assert.Equal(2022, p.Year);
            Assert.Equal("self_evaluation", p.ReportKind);
        });
    }

    [Fact]
    public void A_bond_project_list_gives_each_project_its_bond_amount_in_the_tables_unit_and_its_score()
    {
        var record = new Docs()
            .Para("2023年度新增地方政府专项债券项目绩效评价情况")
            .Para("我单位2023年新增专项债券项目2个，从决策、管理、产出和效益等方面进行绩效自评，评价结果如下：")
            .Para("专项债券项目绩效评价表")
            .Para("单位：亿元")
            .Table("项目名称\t债券性质\t已发债券规模\t自评分数\t自评等级",
                "某县污水处理厂扩建工程\t其他项目收益专项债券\t0.35\t93.5\t",
                "某县人民医院门诊楼建设项目\t社会事业专项债券\t1.2\t88\t")
            .Extract();
        Assert.Equal(["某县污水处理厂扩建工程", "某县人民医院门诊楼建设项目"], record.Projects.Select(p => p.Name));
        Assert.Equal([3500, 12000], record.Projects.Select(p => p.BudgetWan!.Value));
        Assert.Equal([93.5, 88], record.Projects.Select(p => p.Score!.Value));
    }

    [Fact]
    public void A_listed_score_outside_a_hundred_points_is_not_read_as_the_projects_score()
    {
        var record = new Docs()
            .Para("某市2022年部门项目绩效评价结果公开")
            .Table("序号\t项目名称\t资金量（万元）\t评价得分",
                "1\t河道清淤工程\t500\t120",
                "2\t养老服务补贴资金\t220\t91")
            .Extract();
        Assert.Equal(["河道清淤工程", "养老服务补贴资金"], record.Projects.Select(p => p.Name));
        Assert.Null(record.Projects[0].Score);
        Assert.Equal(91, record.Projects[1].Score);
    }

    [Fact]
    public void A_table_of_one_projects_spending_items_does_not_split_the_project()
    {
        var record = new Docs()
            .Para("某区2021年城市管理运行项目绩效自评报告")
            .Para("2021年项目预算共150万元，明细见下表：")
            .Table("序号\t项目\t金额（万元）\t备注", "1\t办公费\t30\t耗材", "2\t劳务费\t100\t采集员工资", "3\t设备维护费\t20\t", "合计\t\t150\t")
            .Extract();
        Assert.Equal("城市管理运行项目", Assert.Single(record.Projects).Name);
    }

    [Fact]
    public void A_row_cut_off_by_the_end_of_the_excerpt_is_not_a_project()
    {
        var record = new Docs()
            .Para("某市2022年部门项目绩效评价结果公开")
            .Table("序号\t主管部门\t项目名称\t资金量（万元）\t评价等级",
                "1\t某市水利局\t河道清淤工程\t500\t良",
                "2\t某市民政局\t养老服务补贴资金\t220\t优",
                "3\t某市体育局\t全民")
            .Extract();
        Assert.Equal(["河道清淤工程", "养老服务补贴资金"], record.Projects.Select(p => p.Name));
    }

    [Fact]
    public void A_last_listed_row_that_prints_its_budget_twice_is_a_whole_row_not_one_cut_off()
    {
        var record = new Docs()
            .Para("某县农业农村局2022年度项目支出绩效自评结果")
            .Table("序号\t项目名称\t年初预算数（万元）\t全年执行数（万元）\t自评得分\t自评等级",
                "1\t村庄清洁行动经费\t50\t48\t95\t优",
                "2\t动物防疫工作经费\t20\t20\t92\t优")
            .Extract();
        Assert.Equal(["村庄清洁行动经费", "动物防疫工作经费"], record.Projects.Select(p => p.Name));
        Assert.Equal([50, 20], record.Projects.Select(p => p.BudgetWan!.Value));
    }

    [Fact]
    public void A_listing_under_the_forms_money_words_gives_each_project_its_full_year_budget_first_budget_and_spending()
    {
        var record = new Docs()
            .Para("某县文化旅游局2023年度项目支出绩效自评结果汇总")
            .Table("序号\t项目名称\t年初预算数（万元）\t全年预算数（万元）\t全年执行数（万元）\t执行率\t自评得分",
                "1\t乡村文化活动经费\t30\t36\t35.2\t97.8%\t96",
                "2\t文物安全巡查经费\t12\t12\t10.5\t87.5%\t88")
            .Extract();
        Assert.Equal(["乡村文化活动经费", "文物安全巡查经费"], record.Projects.Select(p => p.Name));
        Assert.Equal([36, 12], record.Projects.Select(p => p.BudgetWan!.Value));
        Assert.Equal([30, 12], record.Projects.Select(p => p.BudgetInitialWan!.Value));
        Assert.Equal([35.2, 10.5], record.Projects.Select(p => p.ActualWan!.Value));
    }

    [Fact]
    public void The_one_row_a_results_page_lists_is_its_project_when_nothing_else_names_one()
    {
        var record = new Docs()
            .Para("某县财政局关于2024年度财政重点绩效评价结果的公开")
            .Para("本次共评价项目12个，预算资金总额3200万元，具体情况见下表。")
            .Table("序号\t项目名称\t实施单位\t预算资金(万元)\t评价得分\t评价等级",
                "1\t乡镇敬老院改造项目\t某县民政局\t86.50\t91.5\t优")
            .Extract();
        var project = Assert.Single(record.Projects);
        Assert.Equal("乡镇敬老院改造项目", project.Name);
        Assert.Equal(86.5, project.BudgetWan);
        Assert.Equal(91.5, project.Score);
    }

    [Fact]
    public void One_row_of_spending_items_without_a_grade_or_score_does_not_name_the_project()
    {
        var record = new Docs()
            .Para("某县2024年乡村道路养护项目绩效自评报告")
            .Table("序号\t项目名称\t预算金额(万元)", "1\t道路标线施划\t12")
            .Extract();
        Assert.NotEqual("道路标线施划", Assert.Single(record.Projects).Name);
    }

    [Fact]
    public void A_target_table_spanning_several_projects_gives_each_its_budget_and_its_own_indicator_rows()
    {
        var record = new Docs()
            .Para("部门预算项目绩效目标申报表（2024年度）")
            .Para("金额单位：元")
            .Table("单位名称\t项目名称\t预算数\t一级指标\t二级指标\t三级指标\t指标值",
                "某镇人民政府\t道路养护经费\t1,500,000.00\t产出指标\t数量指标\t养护里程\t≥30公里",
                "^\t^\t^\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%",
                "^\t环境卫生保洁经费\t420,000.00\t产出指标\t质量指标\t保洁达标率\t≥95%")
            .Extract();
        Assert.Equal(["道路养护经费", "环境卫生保洁经费"], record.Projects.Select(p => p.Name));
        Assert.Equal([150, 42], record.Projects.Select(p => p.BudgetWan!.Value));
        Assert.Equal(["养护里程", "群众满意度"], record.Projects[0].Indicators.Select(i => i.Name));
        Assert.Equal("保洁达标率", Assert.Single(record.Projects[1].Indicators).Name);
        Assert.All(record.Projects, p => Assert.Equal("target", p.ReportKind));
    }

    [Fact]
    public void A_single_form_with_a_project_name_and_a_budget_label_stays_one_project()
    {
        var record = new Docs()
            .Para("项目支出绩效自评表").Para("(2022年度)")
            .Table("项目名称\t社区养老服务经费\t预算金额（万元）\t80",
                "主管部门\t某区民政局\t实施单位\t某区养老服务中心",
                "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数",
                "年度资金总额\t80\t80\t76")
            .Extract();
        Assert.Equal("社区养老服务经费", Assert.Single(record.Projects).Name);
    }

    [Fact]
    public void The_rows_of_a_funds_allocation_table_are_its_shares_not_projects()
    {
        var record = new Docs()
            .Para("关于下达2022年省级某批水利专项资金的通知")
            .Para("各乡镇人民政府：现下达2022年省级某批水利专项资金，用于小型水利工程建设，具体金额及项目详见附件。")
            .Para("某县水利局")
            .Para("附件1")
            .Para("2022年省级某批水利专项资金安排表")
            .Para("单位:万元")
            .Table("序号\t乡镇名称\t项目名称\t金额\t备注",
                "1\t甲镇\t甲村排洪排水工程建设\t20",
                "2\t乙乡\t乙村水圳修复\t15",
                "3\t丙镇\t丙村河道治理\t20",
                "合计\t55")
            .Para("附件2")
            .Para("2022年省级某批水利专项资金绩效目标表")
            .Table("项目名称\t省级某批水利专项资金\t主管部门(单位)名称\t某县水利局",
                "资金情况(万元)\t资金总额\t55\t其中:财政拨款\t55",
                "绩效指标\t一级指标\t二级指标\t三级指标\t指标值",
                "^\t产出指标\t数量指标\t开展小型水利工程建设(个)\t3")
            .Extract();
        Assert.Equal(["省级某批水利专项资金"], record.Projects.Select(p => p.Name));
    }
}
