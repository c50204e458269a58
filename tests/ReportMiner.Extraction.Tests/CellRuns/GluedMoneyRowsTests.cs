using ReportMiner.Extraction.CellRuns;
using ReportMiner.Extraction.Tests.Rules;
using ReportMiner.TestSupport;

namespace ReportMiner.Extraction.Tests.CellRuns;

/// <summary>
/// A 自评表 whose cells a document site glued into one paragraph (R012, R058, R158, R194 of the real corpus): the
/// budget row's figures run together ("186.5186.5100%") and are cut where the spending over the budget gives the rate.
/// </summary>
public sealed class GluedMoneyRowsTests
{
    [Fact]
    public void A_glued_budget_row_is_cut_where_spending_over_budget_gives_the_printed_rate()
    {
        var rows = GluedMoneyRows.RowsOf("项目名称乡村公路养护主管部门某县交通运输局项目资金(万元)全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额186.5172.3592.41%其中:财政拨款");
        Assert.NotNull(rows);
        Assert.Equal(["项目资金(万元)", "全年预算", "执行数", "执行率"], rows.Value.Header);
        Assert.Equal(["年度资金总额", "186.5", "172.35", "92.41%"], rows.Value.Values);
    }

    [Fact]
    public void A_points_column_before_the_rate_takes_the_whole_number_the_amounts_leave()
    {
        var rows = GluedMoneyRows.RowsOf("项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额5050481096%9");
        Assert.NotNull(rows);
        Assert.Equal(["50", "50", "48", "10", "96%", ""], rows.Value.Values.Skip(1));
    }

    [Fact]
    public void A_run_that_two_cuts_explain_is_left_as_it_is()
    {
        // 20 | 20 | 20 with 100%, or 20 | 20 and 20 points: both check.
        Assert.Null(GluedMoneyRows.RowsOf("年初预算数全年预算数全年执行数分值执行率得分年度资金总额202020100%"));
    }

    [Fact]
    public void A_run_whose_rate_no_cut_explains_is_left_as_it_is()
    {
        Assert.Null(GluedMoneyRows.RowsOf("全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额186.5172.3550%"));
    }

    [Fact]
    public void Figures_after_headings_of_last_years_money_are_left_as_they_are()
    {
        Assert.Null(GluedMoneyRows.RowsOf("上年结转全年执行数执行率年度资金总额100100100%"));
    }

    [Fact]
    public void A_flattened_form_gives_budget_spending_and_rate_from_its_glued_row()
    {
        var project = new Docs()
            .Para("2021年度项目支出绩效自评表")
            .Para("项目名称乡村公路养护主管部门某县交通运输局实施单位某县公路事务中心项目资金(万元)全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额186.5172.3592.41%其中:财政拨款186.5172.3592.41%其他资金年度总体目标完成公路养护")
            .Single();
        Assert.Equal(186.5, project.BudgetAdjustedWan);
        Assert.Equal(172.35, project.ActualWan);
        Assert.Equal(92.41, project.ExecutionRatePct);
    }

    [Fact]
    public void A_long_paragraph_repeating_money_headings_and_runs_that_nothing_explains_comes_back_without_rows()
    {
        // A hang guard with a generous bound, not a speed figure.
        var line = string.Concat(Enumerable.Repeat("全年预算数年初预算数调整预算执行数分值执行率得分年度资金总额1111111111111111111111111%", 400));
        Assert.Null(HangGuard.Within(TimeSpan.FromSeconds(30), () => GluedMoneyRows.RowsOf(line)));
    }
}
