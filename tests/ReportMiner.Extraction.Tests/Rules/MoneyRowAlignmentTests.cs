using ReportMiner.Extraction.Money;

namespace ReportMiner.Extraction.Tests.Rules;

public sealed class MoneyRowAlignmentTests
{
    [Fact]
    public void A_total_row_that_lost_its_blank_initial_budget_cell_is_read_from_its_right_end_where_the_rate_checks()
    {
        var record = new Docs()
            .Para("项目支出绩效自评表")
            .Table("项目名称\t林场道路维修项目",
                "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
                "年度资金总额\t50\t48\t10\t96.00%\t9.6")
            .Extract();
        var project = Assert.Single(record.Projects);
        Assert.Equal(50, project.BudgetWan);
        Assert.Equal(48, project.ActualWan);
        Assert.Equal(96, project.ExecutionRatePct);
    }

    [Fact]
    public void The_row_that_numbers_a_forms_columns_is_not_its_total()
    {
        var record = new Docs()
            .Para("项目支出绩效自评表")
            .Table("项目名称\t农机购置补贴项目",
                "资金投入情况\t行次\t全年预算数(A)\t全年到位资金(B)\t全年执行资金(C)\t预算执行(C/A×100%)",
                "列次\t0\t1\t2\t3\t4",
                "年度资金总额(万元):\t1\t80\t80\t60\t75.00%")
            .Extract();
        var project = Assert.Single(record.Projects);
        Assert.Equal(80, project.BudgetWan);
        Assert.Equal(60, project.ActualWan);
        Assert.Equal(75, project.ExecutionRatePct);
    }

    [Theory]
    [InlineData(new[] { "栏次", "1", "2", "3" }, true)]
    [InlineData(new[] { "", "0", "1", "2", "3" }, true)]
    [InlineData(new[] { "年度资金总额", "1", "2", "3" }, false)]
    [InlineData(new[] { "", "10", "20", "30" }, false)]
    public void A_numbering_row_is_consecutive_column_numbers_or_labelled_as_one(string[] cells, bool numbering) =>
        Assert.Equal(numbering, ColumnNumbering.IsNumberingRow(cells));
}
