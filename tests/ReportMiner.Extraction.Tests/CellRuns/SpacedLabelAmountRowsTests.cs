using ReportMiner.Extraction.Tests.Rules;
using ReportMiner.TestSupport;

namespace ReportMiner.Extraction.Tests.CellRuns;

/// <summary>
/// A form's money field whose label and figure a page stored on one line apart by spaces ("资金情况(万元) 资金总额 10",
/// "项目总预算 65 财政资金预算分类 一般公共预算"): the label and its one figure are read as the table row they were.
/// </summary>
public sealed class SpacedLabelAmountRowsTests
{
    private static Docs Lines(params string[] lines)
    {
        var docs = new Docs();
        foreach (var line in lines) docs.Para(line);
        return docs;
    }

    [Fact]
    public void A_target_forms_total_amount_after_its_spaced_label_is_the_budget()
    {
        var project = Lines("某县2023年度项目绩效目标表", "项目名称 乡村道路养护", "主管部门 某县交通运输局",
            "资金情况(万元) 资金总额 65", "其中:财政拨款 65", "其他资金 0", "总体目标 完成乡村道路养护").Single();
        Assert.Equal(65, project.BudgetWan);
    }

    [Fact]
    public void A_budget_label_and_figure_in_the_middle_of_a_spaced_line_give_the_budget()
    {
        var project = Lines("某县2023年度项目绩效目标表", "项目名称 中药材晾晒房建设", "主管部门 某县民族宗教事务委员会",
            "项目资金 预算执行 10分 项目总预算 65 财政资金预算分类 一般公共预算", "总体目标 新建中药材晾晒房一座").Single();
        Assert.Equal(65, project.BudgetWan);
    }

    [Theory]
    [InlineData("项目总预算 650000 元")]
    [InlineData("项目总预算 650000 元 财政资金预算分类 一般公共预算")]
    public void A_unit_spaced_off_its_figure_is_the_figures_unit(string line)
    {
        var project = Lines("某县2023年度项目绩效目标表", "项目名称 中药材晾晒房建设", "主管部门 某县民族宗教事务委员会",
            line, "总体目标 新建中药材晾晒房一座").Single();
        Assert.Equal(65, project.BudgetWan);
    }

    [Fact]
    public void A_rate_label_followed_by_a_plain_weight_is_no_execution_rate()
    {
        var project = Lines("某县2021年度项目支出绩效自评表", "项目名称 初中公用经费", "主管部门 某县教育局",
            "一级指标 二级指标 三级指标 分值 指标值 实际值 得分",
            "项目管理 投入管理", "预算执行率 10 一 100% 9").Single();
        Assert.Null(project.ExecutionRatePct);
    }

    [Fact]
    public void A_figure_written_in_wan_after_a_spaced_money_label_is_read_in_ten_thousands()
    {
        var project = Lines("某县2021年度食品药品监管补助资金项目绩效自评表", "项目名称 食品药品监管补助资金",
            "主管部门 某县市场监督管理局", " 转移支付预算数(A) 6.4万 预算执行率(B/A) 100%", " 转移支付执行数(B) 6.4万",
            "年度目标完成情况 完成抽检任务").Single();
        Assert.Equal(6.4, project.BudgetWan);
        Assert.Equal(6.4, project.ActualWan);
        Assert.Equal(100, project.ExecutionRatePct);
    }
}
