using ReportMiner.Extraction.Tests.Rules;
using ReportMiner.TestSupport;

namespace ReportMiner.Extraction.Tests.CellRuns;

/// <summary>
/// A form's budget block written one cell per line (R004, R162, R262, R281 of the real corpus): the money column words
/// give the header and each row label the figure lines below it, or a lone money label takes the amount below it.
/// </summary>
public sealed class MoneyCellRowsTests
{
    private static Docs Lines(params string[] lines)
    {
        var docs = new Docs();
        foreach (var line in lines) docs.Para(line);
        return docs;
    }

    [Fact]
    public void A_budget_table_written_one_cell_per_line_gives_initial_and_adjusted_budget_spending_and_rate()
    {
        var project = Lines("项目支出绩效自评表(2022年度) |", "项目名称 |", "乡村公路养护 |", "主管部门 |", "某县交通运输局 |",
            "预算执行情况(10分) |", "年度预算数(万元) |", "年初预算 |", "调整后预算数 |", "预算执行数 |", "预算执行率 |", "权重 |", "得分 |",
            "总额 |", "120.5 |", "130 |", "117 |", "90.00% |", "10 |", "9 |",
            "其中:财政资金 |", "120.5 |", "130 |", "117 |", "90.00% |", "/ |", "/ |",
            "其他资金 |", "|", "|", "|", "|", "/ |", "/ |",
            "绩效指标(90分) |", "一级指标 |").Single();
        Assert.Equal(120.5, project.BudgetInitialWan);
        Assert.Equal(130, project.BudgetAdjustedWan);
        Assert.Equal(117, project.ActualWan);
        Assert.Equal(90, project.ExecutionRatePct);
    }

    [Fact]
    public void Wrapped_notes_between_the_money_column_words_stay_columns_of_their_own()
    {
        var project = Lines("某县2021年度项目绩效自评表", "项目名称", "村级便民服务站建设",
            "预算执行情况(万元)", "(10分)", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分", "(10分*执行率)",
            "年度财政资金总额", "80", "72", "90%", "9",
            "年度绩效目标", "(90分)").Single();
        Assert.Equal(80, project.BudgetWan);
        Assert.Equal(72, project.ActualWan);
    }

    [Fact]
    public void A_money_label_takes_the_amount_below_it_when_the_unit_is_said()
    {
        var project = Lines("某省2020年度专项资金项目绩效自评表", "项目名称", "外贸企业培训服务",
            "计划投资额", "(万元)", "260", "实际使用情况(万元)", "248.5").Single();
        Assert.Equal(260, project.BudgetWan);
        Assert.Equal(248.5, project.ActualWan);
    }

    [Fact]
    public void A_scoring_frameworks_rate_label_with_its_points_below_gives_no_execution_rate()
    {
        var project = Lines("某县2021年度农村饮水工程项目绩效评价报告", "项目名称", "农村饮水工程",
            "资金管理", "预算执行率", "5", "资金使用合规性", "5", "项目实际支出", "8").Single();
        Assert.Null(project.ExecutionRatePct);
        Assert.Null(project.ActualWan);
    }

    [Fact]
    public void A_full_year_budget_heading_over_the_spending_heading_is_two_headings_not_a_label_and_its_value()
    {
        var project = Lines("2022年度部门整体支出绩效自评表", "预算部门、单位名称", "某县某乡人民政府",
            "年度预算申请", "(万元", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "自评得分",
            "年度资金总额", "500.00", "640.50", "610.20", "10", "95%", "9",
            "按收入性质分:640.50", "按支出性质分:610.20").Single();
        Assert.Equal(500, project.BudgetInitialWan);
        Assert.Equal(640.5, project.BudgetWan);
        Assert.Equal(610.2, project.ActualWan);
        Assert.Equal(95, project.ExecutionRatePct);
    }

    [Fact]
    public void A_unit_written_after_the_last_heading_leaves_the_budget_row_whole_under_the_header()
    {
        var project = Lines("2021年度项目支出绩效自评表", "项目名称", "某县文物保护经费", "主管部门", "某县文化旅游局",
            "项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "(万元)",
            "年度资金总额", "100", "120", "110", "10", "91.67%", "9").Single();
        Assert.Equal(100, project.BudgetInitialWan);
        Assert.Equal(120, project.BudgetWan);
        Assert.Equal(110, project.ActualWan);
        Assert.Equal(91.67, project.ExecutionRatePct);
    }

    [Fact]
    public void Rows_with_more_cells_than_the_header_are_left_as_written()
    {
        var project = Lines("某县2021年度项目绩效自评表", "项目名称", "村级便民服务站建设",
            "全年预算数", "全年执行数", "总额", "80", "72", "90%", "9", "3", "1").Single();
        Assert.Null(project.ActualWan);
    }

    [Fact]
    public void A_total_investment_label_takes_the_amount_below_it_as_the_budget()
    {
        var project = Lines("某区2019年度污水处理站运营管理项目绩效评价报告", "项目名称", "污水处理站运营管理",
            "投资总额", "180万元", "项目实际支出金额", "172万元", "支出项目概况").Single();
        Assert.Equal(180, project.BudgetWan);
        Assert.Equal(172, project.ActualWan);
    }

    [Fact]
    public void A_page_of_tens_of_thousands_of_figure_lines_under_money_words_is_read_without_a_hang()
    {
        // A guard against a hang, not a speed figure: every label line is a place a budget row could open.
        var lines = new List<string> { "某县2021年度项目绩效自评表", "全年预算数", "全年执行数", "总额" };
        lines.AddRange(Enumerable.Range(0, 20_000).Select(i => i % 50 == 0 ? "其中:财政资金" : $"{i}.5"));
        var project = HangGuard.Within(TimeSpan.FromSeconds(60), () => Lines([.. lines]).Single());
        Assert.Null(project.ActualWan);
    }
    [Fact]
    public void Money_column_headings_wrapped_over_two_lines_still_give_the_budget_table()
    {
        var project = Lines("某县2020年度项目支出绩效自评表", "项目名称", "学校供暖管网改造",
            "预算执行情况(10分)", "年度预算数(万元)", "年初", "预算数", "全年", "预算数", "全年", "执行数", "预算执行率", "得分",
            "总额", "52.6", "55", "49.5", "90%", "9",
            "年度总体目标", "预期目标").Single();
        Assert.Equal(52.6, project.BudgetInitialWan);
        Assert.Equal(55, project.BudgetAdjustedWan);
        Assert.Equal(49.5, project.ActualWan);
        Assert.Equal(90, project.ExecutionRatePct);
    }

    [Fact]
    public void A_unit_wrapped_below_the_funds_heading_is_the_unit_of_the_label_and_amount_lines_under_it()
    {
        var project = Lines("某县2023年度项目绩效目标表", "项目名称", "残疾儿童康复救助",
            "项目资金", "(万元) |", "年度资金总额: |", "360.00 |", "其中:财政拨款 |", "360.00 |", "年度", "目标 |").Single();
        Assert.Equal(360, project.BudgetWan);
    }

    [Fact]
    public void Under_a_funds_heading_with_its_unit_a_label_and_its_amount_may_share_a_line()
    {
        var project = Lines("某区2022年度项目绩效目标申报表", "项目名称", "社区养老服务补贴",
            "资金情况", "(万元)", "年度资金总额: 75", "其中:财政拨款 75", "总体目标").Single();
        Assert.Equal(75, project.BudgetWan);
    }

    [Fact]
    public void A_bare_number_under_a_heading_without_a_unit_line_is_no_budget()
    {
        var project = Lines("某区2022年度项目绩效目标申报表", "项目名称", "社区养老服务补贴",
            "资金情况", "年度资金总额: 75", "总体目标").Single();
        Assert.Null(project.BudgetWan);
    }

    [Fact]
    public void A_form_label_heading_a_money_row_keeps_all_its_figures_and_a_wrapped_unit_is_no_labels_value()
    {
        var project = Lines("某县2021年度项目支出绩效自评表", "项目名称", "农村环境整治补助",
            "项目资金", "(万元)", "年初", "预算数", "全年", "预算数", "全年", "执行数", "分值", "执行率", "得分",
            "年度资金总额", "56.4", "60", "48", "10", "80%", "8",
            "其中:当年财政拨款", "56.4", "60", "48", "-", "-", "-",
            "年度总体目标").Single();
        Assert.Equal(56.4, project.BudgetInitialWan);
        Assert.Equal(60, project.BudgetAdjustedWan);
        Assert.Equal(48, project.ActualWan);
        Assert.Equal(80, project.ExecutionRatePct);
    }

    [Fact]
    public void A_funds_heading_with_its_unit_gives_that_unit_to_the_label_and_amount_after_it_on_the_same_line()
    {
        var project = Lines("某县2022年度项目绩效目标申报表", "项目名称 乡村学校营养餐补助 项目负责人 张某",
            "主管部门 某县教育局 实施单位 某县第二中学", "资金情况(万元) 年度资金总额: 86.5", "其中:财政拨款 86.5", "其他资金 0",
            "总体目标 年度目标").Single();
        Assert.Equal(86.5, project.BudgetWan);
    }

    [Fact]
    public void A_unit_the_form_declares_above_its_cells_is_the_unit_of_a_money_label_and_the_bare_amount_below_it()
    {
        var project = Lines("2023年度项目支出绩效目标审批表", "预算单位:", "某县应急管理局", "金额单位:万元",
            "项目名称", "安全生产专项督查", "项目分类", "运转类", "项目总预算", "65", "财政资金预算分类", "一般公共预算",
            "年度绩效目标", "完成全年督查任务").Single();
        Assert.Equal(65, project.BudgetWan);
    }

    [Fact]
    public void A_label_and_amount_on_one_line_take_the_unit_the_form_declared_above()
    {
        var project = Lines("某县2023年度项目绩效目标表", "填报单位:某县文化和旅游局 单位:万元", "项目名称", "古遗址保护工程",
            "实施单位", "某县文旅局", "项目资金", "年度资金总额:200", "其中:财政拨款", "200", "年度目标").Single();
        Assert.Equal(200, project.BudgetWan);
    }

    [Fact]
    public void A_unit_of_yuan_the_form_declares_is_the_unit_of_the_amount_below_its_label_past_a_long_cell()
    {
        var project = Lines("2023年度项目支出绩效目标审批表", "预算单位:", "某县应急管理局", "金额单位:元",
            "项目名称", "安全生产专项督查", "年度主要目标和成果", "完成全年安全生产督查任务，督查企业120家次。",
            "项目总预算", "650000", "财政资金预算分类", "一般公共预算", "年度绩效目标").Single();
        Assert.Equal(65, project.BudgetWan);
    }

    [Theory]
    [InlineData("计量单位:元/人")]
    [InlineData("单位:元/亩")]
    public void A_unit_per_head_or_per_area_declares_no_unit_for_the_amounts_below(string perUnit)
    {
        var project = Lines("2023年度项目支出绩效目标审批表", "项目名称", "困难群众救助补助", perUnit,
            "项目总预算", "65", "年度绩效目标").Single();
        Assert.Null(project.BudgetWan);
    }

    [Theory]
    [InlineData("一、项目资金情况")]
    [InlineData("本项目资金由县财政统筹安排，")]
    [InlineData("安全生产专项转移支付绩效目标表")]
    public void A_title_a_section_heading_or_a_paragraph_ends_the_unit_the_form_declared(string ending)
    {
        var project = Lines("2023年度项目支出绩效目标审批表", "金额单位:万元", "项目名称", "安全生产专项督查",
            "项目分类", "运转类", "根据年度工作安排开展督查。", ending, "项目总预算", "65", "年度绩效目标").Single();
        Assert.Null(project.BudgetWan);
    }

    [Fact]
    public void A_declared_unit_does_not_make_a_label_with_a_run_of_figures_a_label_and_its_amount()
    {
        var project = Lines("某县2021年度项目支出绩效自评表", "金额单位:万元", "项目名称", "农村环境整治补助",
            "年度资金总额", "56.4", "60", "48", "年度总体目标").Single();
        Assert.Null(project.BudgetWan);
    }

    [Fact]
    public void A_money_label_ending_in_its_colon_takes_the_bare_figure_below_it_as_the_forms_row_would()
    {
        var project = Lines("食品监管补助资金区域绩效目标自评表", "专项名称", "食品监管补助资金", "省级主管部门", "某省市场监管局",
            "预算执行情况", "预算数:", "2.38", "执行数:", "2.38", "20", "其中:中央补助", "2.38  万元",
            "年度目标完成情况", "预期目标").Single();
        Assert.Equal(2.38, project.BudgetWan);
        Assert.Equal(2.38, project.ActualWan);
    }

    [Fact]
    public void A_form_labels_colon_over_a_figure_keeps_the_two_lines_a_money_row()
    {
        var project = Lines("某县2021年度项目绩效目标表", "项目名称", "农田水利设施维护", "项目资金", "年度资金总额:", "180",
            "其中:财政拨款", "180", "年度目标").Single();
        Assert.Equal(180, project.BudgetWan);
    }

    [Theory]
    [InlineData("项目资金 (万元)")]
    [InlineData("项目资金 (元)")]
    public void Amounts_written_in_wan_under_the_money_headings_are_the_rows_figures_whatever_unit_the_header_states(string heading)
    {
        var project = Lines("2021年度项目支出绩效自评表", "项目名称", "政务服务大厅运行维护", "主管部门", "某市政务服务局",
            heading, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
            "年度资金总额", "150万", "160万", "125.25万", "10", "78.28%", "8",
            "年度总体目标", "预期目标").Single();
        Assert.Equal(150, project.BudgetInitialWan);
        Assert.Equal(160, project.BudgetAdjustedWan);
        Assert.Equal(125.25, project.ActualWan);
    }

    [Fact]
    public void A_money_label_takes_an_amount_in_wan_below_it()
    {
        var project = Lines("某县2021年度项目绩效自评表", "项目名称", "两品一械抽检", "转移支付预算数(A)", "5.8万",
            "转移支付执行数(B)", "5.6万", "年度目标完成情况").Single();
        Assert.Equal(5.8, project.BudgetWan);
        Assert.Equal(5.6, project.ActualWan);
    }
}
