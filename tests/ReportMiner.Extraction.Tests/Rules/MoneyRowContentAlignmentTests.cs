using ReportMiner.Extraction.Money;

namespace ReportMiner.Extraction.Tests.Rules;

public sealed class MoneyRowContentAlignmentTests
{
    [Fact]
    public void A_total_row_that_lost_its_blank_source_cell_puts_its_points_under_the_points_columns_not_under_spending()
    {
        var record = new Docs()
            .Para("部门整体支出绩效自评表")
            .Table("部门(单位)名称\t某县某镇人民政府",
                "部门(单位)总体资金(万元)\t资金来源\t年初预算数(A)\t全年执行数(B)\t分值(10分)\t得分\t得分计算方法",
                "年度资金总额:\t820.40\t803.15\t10\t9.8\t执行率乘以该指标分值")
            .Extract();
        var project = Assert.Single(record.Projects);
        Assert.Equal(820.40, project.BudgetInitialWan);
        Assert.Equal(803.15, project.ActualWan);
    }

    [Fact]
    public void A_row_holding_only_a_rate_and_its_points_fills_the_rate_and_no_budget()
    {
        var record = new Docs()
            .Para("部门整体绩效自评表")
            .Table("主管部门\t某区文化中心",
                "部门预算执行情况\t预算资金\t年初预算数\t全年(调整)预算数\t全年执行数\t执行率(%)\t执行率权重\t执行率得分(分)",
                "合计\t88%\t10\t8.8")
            .Extract();
        var project = Assert.Single(record.Projects);
        Assert.Equal(88, project.ExecutionRatePct);
        Assert.Null(project.BudgetInitialWan);
        Assert.Null(project.BudgetAdjustedWan);
    }

    [Fact]
    public void A_row_that_lost_its_actual_and_rate_cells_keeps_the_rate_under_the_rate_column()
    {
        var record = new Docs()
            .Para("项目支出绩效自评表")
            .Table("项目名称\t村级道路养护项目",
                "预算执行情况(10分)\t年度预算数(万元)\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分\t原因",
                "总额\t12.00\t12.00\t12.00\t100.00%\t10")
            .Extract();
        var project = Assert.Single(record.Projects);
        Assert.Equal(12, project.ActualWan);
        Assert.Equal(100, project.ExecutionRatePct);
    }

    [Theory]
    [InlineData("1172.55", ContentAlignment.Kind.Amount)]
    [InlineData("10", ContentAlignment.Kind.Points)]
    [InlineData("7.6", ContentAlignment.Kind.Points)]
    [InlineData("76%", ContentAlignment.Kind.Rate)]
    [InlineData("执行率乘以分值", ContentAlignment.Kind.Text)]
    [InlineData("—", ContentAlignment.Kind.Unknown)]
    public void A_cells_kind_comes_from_its_content(string cell, ContentAlignment.Kind kind) =>
        Assert.Equal(kind, ContentAlignment.KindOf(cell));
}
