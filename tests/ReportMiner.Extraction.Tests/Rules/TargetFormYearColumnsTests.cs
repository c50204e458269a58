using ReportMiner.Extraction.Money;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A target form's funds block sets last year's money beside this year's request, over a 合计 row: the budget is the
/// request's column of that row.
/// </summary>
public sealed class TargetFormYearColumnsTests
{
    [Theory]
    [InlineData("项目\t上年度预算安排\t上年度实际执行\t本年度申请金额\t资金测算依据及说明", "合计\t21.62\t20.5\t30\t按实际需要测算", 30)]
    [InlineData("资金来源\t上年度安排资金\t本年度申请资金", "合计\t120\t150", 150)]
    public void This_years_request_is_read_in_its_own_column_of_the_total_row_not_last_years(string header, string total, double budget)
    {
        var project = new Docs()
            .Para("部门预算项目支出绩效目标申报表")
            .Table(
                "项目名称\t社区服务设施维修",
                "项目资金情况（万元）",
                header,
                total,
                "财政拨款\t10\t10\t12")
            .Single();
        Assert.Equal(budget, project.BudgetWan);
    }

    [Theory]
    [InlineData("上年度预算安排", true)]
    [InlineData("上年度实际执行", true)]
    [InlineData("上年度安排资金", true)]
    [InlineData("本年度申请金额", false)]
    [InlineData("上年度实际水平", false)]
    [InlineData("上年结转", false)]
    public void A_column_of_last_years_money_is_told_from_this_years_and_from_last_years_indicator_level(string label, bool lastYearsMoney) =>
        Assert.Equal(lastYearsMoney, MoneyLabels.NamesOtherYearMoney(label));
}
