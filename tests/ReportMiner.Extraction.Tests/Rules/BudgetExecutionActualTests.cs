namespace ReportMiner.Extraction.Tests.Rules;

public sealed class BudgetExecutionActualTests
{
    private static ReportMiner.Extraction.Records.ProjectRecord Form(string indicator) =>
        Assert.Single(new Docs()
            .Para("项目支出绩效自评表")
            .Table("项目名称\t乡村公路养护项目",
                "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t执行率",
                "年度资金总额\t40\t40\t36\t90.00%",
                "一级指标\t二级指标\t三级指标\t年度指标值\t分值\t得分",
                $"产出指标\t时效指标\t{indicator}\t≥85%\t10\t10")
            .Extract().Projects);

    [Fact]
    public void A_budget_execution_indicator_without_an_actual_takes_the_projects_execution_rate()
    {
        var indicator = Assert.Single(Form("预算执行率").Indicators);
        Assert.Equal(90, indicator.Actual?.Value);
    }

    [Fact]
    public void A_procurement_execution_rate_is_not_the_budgets_and_keeps_no_actual()
    {
        var indicator = Assert.Single(Form("政府采购执行率").Indicators);
        Assert.Null(indicator.Actual);
    }
}
