namespace ReportMiner.Extraction.Tests.Rules;

public sealed class BareMoneyHeaderTests
{
    [Fact]
    public void A_money_header_without_a_label_column_reads_the_labelled_row_below_without_its_label()
    {
        var record = new Docs()
            .Para("项目支出绩效自评表")
            .Table("项目名称\t农村道路养护补助",
                "资金投入情况（万元）",
                "全年预算数(A)\t全年执行数(B)\t预算执行率(B/A×100%)",
                "年度资金总额:\t240\t216\t90%",
                "其中：中央财政资金\t240\t216\t90%")
            .Extract();
        var project = Assert.Single(record.Projects);
        Assert.Equal(240, project.BudgetWan);
        Assert.Equal(216, project.ActualWan);
        Assert.Equal(90, project.ExecutionRatePct);
    }

    [Fact]
    public void A_header_of_planned_and_actual_money_with_a_reason_column_reads_the_total_row_under_its_columns()
    {
        var record = new Docs()
            .Para("项目支出绩效自评表")
            .Table("项目名称\t市场监管执法经费",
                "资金情况(万元)",
                "年初预算资金总额(万元)\t实际投入资金额(万元)\t产生差异的原因",
                "合计\t52.5\t61.2\t年中追加",
                "其中：财政拨款\t52.5\t61.2")
            .Extract();
        var project = Assert.Single(record.Projects);
        Assert.Equal(52.5, project.BudgetInitialWan ?? project.BudgetWan);
        Assert.Equal(61.2, project.ActualWan);
    }
}
