using ReportMiner.Extraction.Tests.Rules;
using ReportMiner.TestSupport;

namespace ReportMiner.Extraction.Tests.CellRuns;

/// <summary>
/// A form's budget block whose cells are separated by spaces (a PDF's text without its layout: R310 writes the whole
/// form on one line; the spaced metamorphic variant of every real form with a budget block writes one row per line):
/// the money column words give the header and each label with its figures a row.
/// </summary>
public sealed class SpacedMoneyRowsTests
{
    private static Docs Lines(params string[] lines)
    {
        var docs = new Docs();
        foreach (var line in lines) docs.Para(line);
        return docs;
    }

    [Fact]
    public void A_spaced_money_header_line_with_its_rows_below_gives_initial_and_full_year_budget_spending_and_rate()
    {
        var project = Lines("某县2022年度项目支出绩效自评表", "项目名称 乡村公路养护", "主管部门 某县交通运输局",
            "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
            "年度资金总额 100 120 108 10 90% 9",
            "其中:当年财政拨款 100 120 108 90%",
            "上年结转资金",
            "年度总体目标 完成乡村公路养护").Single();
        Assert.Equal(100, project.BudgetInitialWan);
        Assert.Equal(120, project.BudgetAdjustedWan);
        Assert.Equal(108, project.ActualWan);
        Assert.Equal(90, project.ExecutionRatePct);
    }

    [Fact]
    public void A_budget_row_that_ends_with_its_note_under_the_last_heading_is_read_without_the_note()
    {
        var project = Lines("某县2023年度项目支出绩效自评表", "项目名称 工资性支出", "主管部门 某县人力资源和社会保障局",
            "预算执行情况(10分) 年初预算 调整后预算数 预算执行数 预算执行率 权重 得分 原因",
            "总额 238.93 251.89 251.89 100.00% 10 10 预算执行率=预算执行数/调整后预算数,未达到90%的需说明原因",
            "其中:财政资金 238.93 251.89 251.89 100.00%",
            "年度总体目标 按时足额发放工资").Single();
        Assert.Equal(238.93, project.BudgetInitialWan);
        Assert.Equal(251.89, project.BudgetAdjustedWan);
        Assert.Equal(251.89, project.ActualWan);
        Assert.Equal(100, project.ExecutionRatePct);
    }

    [Fact]
    public void A_label_without_figures_after_a_budget_row_still_ends_the_block()
    {
        var project = Lines("某县2023年度项目支出绩效自评表", "项目名称 工资性支出",
            "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
            "年度资金总额 100 120 108 10 90% 9 年度总体目标").Single();
        Assert.Null(project.BudgetInitialWan);
    }

    [Fact]
    public void A_budget_block_on_the_line_of_the_forms_other_fields_is_read_and_the_fields_before_it_stay()
    {
        var project = Lines("某县2021年度项目支出绩效自评表",
            "项目名称 农村饮水安全维修养护 主管部门 某县水利局 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
            + "年度资金总额 80 80 76 10 95% 9.5 其中:当年财政拨款 80 80 76 95% 上年结转资金 年度总体目标 完成维修养护").Single();
        Assert.Equal("农村饮水安全维修养护", project.Name);
        Assert.Equal(80, project.BudgetWan);
        Assert.Equal(76, project.ActualWan);
    }

    [Fact]
    public void A_spaced_line_with_a_single_money_word_makes_no_budget_table()
    {
        var project = Lines("某县2021年度项目支出绩效自评表", "项目名称 农村饮水安全维修养护",
            "分值 得分 全年执行数", "年度资金总额 10 9 76").Single();
        Assert.Null(project.ActualWan);
    }

    [Fact]
    public void Figures_right_after_the_headings_are_the_total_row_when_its_label_stands_before_the_headings()
    {
        var project = Lines("某县2020年度项目支出绩效自评表",
            "项目名称 医疗救助配套资金 主管部门 某县医疗保障局 项目资金 年初预算数 (万元) 年度资金总额 其中:当年财政拨款 实施单位 "
            + "全年预算数 全年执行数 分值 执行率 得分 65.66 65.07 10 99% 9 65.66 65.07 — 99% — 上年结转资金 — — 预期目标 实际完成情况").Single();
        Assert.Equal(65.66, project.BudgetAdjustedWan);
        Assert.Equal(65.07, project.ActualWan);
        Assert.Equal(99, project.ExecutionRatePct);
    }

    [Fact]
    public void A_corner_heading_on_lines_above_the_column_words_gives_the_rows_labels_their_column()
    {
        var project = Lines("某县2021年度项目支出绩效自评表", "项目名称 防汛抗旱保障", "主管部门 某县水利局 实施单位 某县水利局",
            "项目资金", "(万元)",
            "年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分",
            "年度资金总额: 55 60 54 10 90% 9",
            "其中:本年财政拨款 55 60 54 - 90% -",
            "年度总体目标完成情况 预期目标 实际完成情况").Single();
        Assert.Equal(55, project.BudgetInitialWan);
        Assert.Equal(60, project.BudgetAdjustedWan);
        Assert.Equal(54, project.ActualWan);
        Assert.Equal(90, project.ExecutionRatePct);
    }
}
