using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>Genre conventions found missing by the held-out set, each on a small document of its own.</summary>
public sealed class GenreRuleTests
{
    [Fact]
    public void The_full_year_budget_beats_the_start_of_year_budget_in_the_national_self_evaluation_form()
    {
        var project = new Docs().Para("项目支出绩效自评表").Para("（2023年度）")
            .Table("项目名称\t热线坐席外包服务", "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
                "^\t年度资金总额\t500.00\t540.00\t518.40\t10\t96.00%\t9.6")
            .Single();
        Assert.Equal(540, project.BudgetWan);
        Assert.Equal(518.4, project.ActualWan);
    }

    [Fact]
    public void A_table_with_only_a_total_funds_row_gives_the_budget()
    {
        var project = new Docs().Para("项目支出绩效目标申报表")
            .Table("项目名称\t便民热线平台维护", "项目资金（万元）\t年度资金总额\t88.00", "^\t其中：财政拨款\t88.00")
            .Single();
        Assert.Equal(88, project.BudgetWan);
        Assert.Equal("便民热线平台维护", project.Name);
    }

    [Fact]
    public void A_qualitative_target_is_met_when_the_actual_says_the_same()
    {
        var project = new Docs().Para("项目支出绩效自评表")
            .Table("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
                "效益指标\t可持续影响指标\t运维制度\t完善\t完善\t5\t5", "^\t社会效益指标\t来电接通率\t≥85%\t90%\t5\t5")
            .Single();
        Assert.True(project.Indicators.Single(i => i.Name == "运维制度").Met);
    }

    [Fact]
    public void Scoring_table_levels_lose_their_points_and_prose_states_the_actuals()
    {
        var project = new Docs().Para("某某热线服务项目2021年度绩效评价报告")
            .Para("全年来电接通率91.5%，工单办结率达到97%。")
            .Table("一级指标\t二级指标\t三级指标\t分值\t评分标准\t得分",
                "产出（40分）\t产出数量\t来电接通率\t20\t接通率≥90%得满分。\t20", "^\t产出质量\t工单办结率\t20\t办结率≥95%得满分。\t20")
            .Single();
        Assert.Equal("某某热线服务项目", project.Name);
        var answered = project.Indicators.Single(i => i.Name == "来电接通率");
        Assert.Equal("产出", answered.Level1);
        Assert.Equal(91.5, answered.Actual?.Value);
        Assert.Null(answered.Target);
        Assert.Equal(97, project.Indicators.Single(i => i.Name == "工单办结率").Actual?.Value);
    }

    [Fact]
    public void A_whole_department_report_is_named_by_its_unit()
    {
        var project = new Docs().Para("部门整体支出绩效自评表")
            .Table("部门（单位）名称\t某某市便民服务热线中心\t主管部门\t某某市人民政府办公室")
            .Single();
        Assert.Equal("某某市便民服务热线中心", project.Name);
    }

    [Fact]
    public void The_body_that_commissioned_the_evaluation_is_not_the_department()
    {
        var project = new Docs().Para("市长热线项目绩效评价报告")
            .Para("受西安市财政局委托，我所对西安市人民政府办公厅实施的市长热线项目开展了绩效评价。")
            .Single();
        Assert.Equal("西安市人民政府办公厅", project.Department);
    }

    [Fact]
    public void A_labelled_line_above_the_text_gives_the_organisation_without_its_label()
    {
        var project = new Docs().Para("熱線外包項目績效評價報告").Para("委託單位：南寧市大數據發展局").Single();
        Assert.Equal("南宁市大数据发展局", project.Department);
    }

    [Fact]
    public void The_group_header_of_the_money_rows_declares_their_unit()
    {
        var project = new Docs().Para("項目支出績效自評表")
            .Table("項目名稱\t熱線運維服務", "項目資金（元）\t\t全年預算數\t全年執行數\t執行率",
                "^\t年度資金總額\t1,250,000.00\t1,200,000.00\t96.00%")
            .Single();
        Assert.Equal(125, project.BudgetWan);
        Assert.Equal(120, project.ActualWan);
    }

    [Fact]
    public void A_weight_printed_as_a_share_of_the_points_is_a_weight()
    {
        var project = new Docs().Para("项目支出绩效自评表")
            .Table("一级指标\t二级指标\t三级指标\t权重\t目标值\t完成值\t得分",
                "产出指标\t质量指标\t来电接通率\t25%\t≥90%\t92%\t25", "合计\t合计\t合计\t100%\t\t\t93.5")
            .Single();
        Assert.Equal(25, project.Indicators.Single(i => i.Name == "来电接通率").Weight);
        Assert.Equal(93.5, project.Score);
    }

    [Fact]
    public void A_total_row_of_a_money_table_is_not_the_score()
    {
        var project = new Docs().Para("项目支出绩效评价报告")
            .Table("资金来源\t预算数（万元）\t执行数（万元）", "财政拨款\t80\t76", "合计\t80\t76")
            .Single();
        Assert.Null(project.Score);
    }

    [Fact]
    public void A_scored_budget_execution_indicator_takes_the_projects_execution_rate()
    {
        var project = new Docs().Para("某某热线项目绩效评价报告").Para("项目预算资金200万元，实际支出190万元，资金执行率95%。")
            .Table("一级指标\t二级指标\t三级指标\t分值\t评分标准\t得分", "过程\t资金管理\t预算执行率\t10\t执行率每低1个百分点扣1分。\t10")
            .Single();
        Assert.Equal(95, project.Indicators.Single().Actual?.Value);
    }

    [Fact]
    public void An_undeclared_table_amount_too_large_for_wan_is_read_as_yuan()
    {
        var project = new Docs().Para("项目支出绩效自评表")
            .Table("项目名称\t热线外包服务", "\t全年预算数\t全年执行数", "年度资金总额\t6,820,000.00\t6,713,290.00")
            .Single();
        Assert.Equal(682, project.BudgetWan);
        Assert.Equal(671.329, project.ActualWan);
    }

    [Fact]
    public void An_undeclared_amount_of_ordinary_size_stays_in_wan()
    {
        var project = new Docs().Para("项目支出绩效自评表")
            .Table("项目名称\t热线外包服务", "\t全年预算数\t全年执行数", "年度资金总额\t682.00\t671.33")
            .Single();
        Assert.Equal(682, project.BudgetWan);
    }

    [Fact]
    public void A_title_that_does_not_end_like_a_name_gives_way_to_the_name_cell()
    {
        var project = new Docs().Para("项目文出绩效自评表").Table("项目名称\t便民热线话务外包服务", "主管部门\t某某市政务服务管理局").Single();
        Assert.Equal("便民热线话务外包服务", project.Name);
    }
}
