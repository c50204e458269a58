namespace ReportMiner.Extraction.Tests.Rules;

public sealed class MoneyAndConsistencyTests
{
    [Fact]
    public void Amounts_in_yuan_are_converted_to_wan_and_prior_year_figures_are_ignored()
    {
        var project = new Docs().Table(
            "同名项目上年预算额 (元):\t70785200\t同名项目上年预算执行数 (元):\t70784807",
            "项目当年预算 (元):\t55070152\t\t").Single();
        Assert.Equal(5507.0152, project.BudgetWan!.Value, 6);
        Assert.Null(project.ActualWan);
    }

    [Fact]
    public void A_header_column_is_read_in_the_total_row_below_it_with_the_declared_unit()
    {
        var project = new Docs().Para("单位：万元").Table(
            "资金\t年度预算数\t实际支出数\t预算执行率",
            "总额\t200\t150\t75%").Single();
        Assert.Equal(200, project.BudgetWan);
        Assert.Equal(150, project.ActualWan);
        Assert.Equal(75, project.ExecutionRatePct);
        Assert.Empty(project.Warnings);
    }

    [Fact]
    public void A_target_for_the_execution_rate_is_not_the_execution_rate()
    {
        var project = new Docs().Table("一级目标\t二级目标\t三级目标\t指标目标值", "投入与管理\t实施管理\t预算执行率\t>98%").Single();
        Assert.Null(project.ExecutionRatePct);
        Assert.Equal(98, Assert.Single(project.Indicators).Target!.Value);
    }

    [Fact]
    public void A_contract_price_in_prose_is_not_the_actual_spending()
    {
        var project = new Docs().Para("本项目资金128万元由市财政安排落实到账。项目实际总投入128.07万元，实际合同价格为130万元。").Single();
        Assert.Equal(128, project.BudgetWan);
        Assert.Equal(128.07, project.ActualWan);
    }

    [Fact]
    public void An_execution_rate_that_disagrees_with_actual_over_budget_is_a_warning()
    {
        var project = new Docs().Para("项目预算100万元，实际支出60万元，预算执行率90%。").Single();
        Assert.Contains(project.Warnings, w => w.Contains("execution_rate_pct"));
    }

    [Fact]
    public void A_score_above_its_weight_and_a_grade_outside_its_band_are_warnings()
    {
        var project = new Docs().Para("综合评价得分72分，评价等级为优秀。")
            .Table("三级指标\t指标值\t分值\t得分", "办结率\t≥90%\t10\t12").Single();
        Assert.Contains(project.Warnings, w => w.Contains("exceeds its weight"));
        Assert.Contains(project.Warnings, w => w.Contains("grade 优秀"));
    }

    [Fact]
    public void A_stated_met_that_contradicts_the_figures_is_a_warning()
    {
        var project = new Docs().Table("三级指标\t年度指标值\t实际完成值\t是否达标", "接通率\t≥95%\t94.07%\t是").Single();
        Assert.True(Assert.Single(project.Indicators).Met);
        Assert.Contains(project.Warnings, w => w.Contains("是否达标"));
    }

    [Fact]
    public void Indicator_scores_above_the_stated_total_are_a_warning()
    {
        var project = new Docs().Table("三级指标\t分值\t得分", "办结率\t50\t50", "满意度\t50\t45", "总分\t100\t90").Single();
        Assert.Contains(project.Warnings, w => w.Contains("sum to 95"));
    }
}

public sealed class MoneyInIndicatorTableTests
{
    [Fact]
    public void An_execution_rate_indicator_row_does_not_set_the_project_execution_rate()
    {
        var project = new Docs().Table(
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
            "产出\t时效\t预算执行率\t100%\t92%\t10\t9").Single();
        Assert.Null(project.ExecutionRatePct);
        Assert.Equal(92, Assert.Single(project.Indicators).Actual!.Value);
    }

    [Fact]
    public void The_evaluation_reports_basic_information_block_gives_the_planned_investment_as_the_budget()
    {
        var project = new Docs().Para("项目基本信息").Table(
            "项目实施单位\t某县林业局\t主管部门\t某县人民政府",
            "计划投资额(万元)\t120.00\t实际到位资金(万元)\t100.00\t实际使用情况(万元)\t96.50",
            "其中:中央财政\t\t其中:中央财政\t\t其中:中央财政\t").Single();
        Assert.Equal(120, project.BudgetWan);
        Assert.Equal(96.5, project.ActualWan);
    }
}

public sealed class OcrMoneyTests
{
    [Fact]
    public void A_unit_bracket_left_unclosed_by_ocr_still_declares_yuan()
    {
        var project = new Docs().Table("项目总预算(元\t6,836,000\t项目当年预算(元\t6,836,000", "同名项目上年预算额(元\t\t\t").Single();
        Assert.Equal(683.6, project.BudgetWan!.Value, 6);
    }
}
