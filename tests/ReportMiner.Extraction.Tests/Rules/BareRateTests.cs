using ReportMiner.Extraction.Money;

namespace ReportMiner.Extraction.Tests.Rules;

public sealed class BareRateTests
{
    [Fact]
    public void A_rate_cell_printed_as_a_fraction_is_read_in_percent_points_when_spending_over_budget_gives_it()
    {
        var record = new Docs()
            .Para("项目支出绩效自评表")
            .Table("项目名称\t渔业成品油价格改革补贴",
                "预算执行情况(万元)(20分)\t预算数(A)\t执行数(B)\t执行率(B/A)\t得分(20分*执行率)",
                "年度财政资金总额\t1.56\t1.56\t1\t20")
            .Extract();
        var project = Assert.Single(record.Projects);
        Assert.Equal(1.56, project.BudgetWan);
        Assert.Equal(1.56, project.ActualWan);
        Assert.Equal(100, project.ExecutionRatePct);
    }

    [Fact]
    public void A_rate_cell_printed_in_points_without_its_percent_sign_is_the_rate_when_the_row_agrees()
    {
        var record = new Docs()
            .Para("项目支出绩效自评表")
            .Table("项目名称\t生猪养殖场建设项目",
                "预算执行情况(万元)\t预算数(A)\t执行数(B)\t执行率(B/A)\t得分(20分*执行率)",
                "年度财政资金总额\t50\t10\t20\t4")
            .Extract();
        var project = Assert.Single(record.Projects);
        Assert.Equal(20, project.ExecutionRatePct);
    }

    [Fact]
    public void A_bare_number_under_the_rate_that_the_amounts_do_not_give_is_no_rate()
    {
        var record = new Docs()
            .Para("项目支出绩效自评表")
            .Table("项目名称\t生猪养殖场建设项目",
                "预算执行情况(万元)\t预算数(A)\t执行数(B)\t执行率(B/A)\t得分(20分*执行率)",
                "年度财政资金总额\t50\t10\t7\t4")
            .Extract();
        var project = Assert.Single(record.Projects);
        Assert.Null(project.ExecutionRatePct);
    }

    [Fact]
    public void A_score_formula_in_a_header_cell_of_its_own_is_no_rate_column_and_the_short_row_is_placed_by_its_ratio()
    {
        var record = new Docs()
            .Para("项目支出绩效自评表")
            .Table("项目名称\t生猪养殖场建设项目",
                "预算执行情况(万元)\t(20分)\t预算数(A)\t执行数(B)\t执行率(B/A)\t得分\t(20分*执行率)",
                "年度财政资金总额\t50\t10\t20\t4")
            .Extract();
        var project = Assert.Single(record.Projects);
        Assert.Equal(50, project.BudgetWan);
        Assert.Equal(10, project.ActualWan);
        Assert.Equal(20, project.ExecutionRatePct);
    }

    [Fact]
    public void A_row_without_a_rate_column_reads_no_bare_rate_instead_of_failing()
    {
        string[] cells = ["年度财政资金总额", "50", "10", "20"];
        MoneyRole[] roles = [MoneyRole.None, MoneyRole.Budget, MoneyRole.Actual, MoneyRole.None];
        Assert.Null(BareRate.Read(cells, roles, Array.IndexOf(roles, MoneyRole.ExecutionRate)));
    }

    [Fact]
    public void A_bare_rate_is_checked_against_the_last_budget_and_spending_columns_of_the_row()
    {
        string[] cells = ["年度财政资金总额", "40", "50", "10", "20"];
        MoneyRole[] roles = [MoneyRole.None, MoneyRole.Budget, MoneyRole.Budget, MoneyRole.Actual, MoneyRole.ExecutionRate];
        Assert.Equal("20%", BareRate.Read(cells, roles, 4));
    }
}
