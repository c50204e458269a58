namespace ReportMiner.Extraction.Tests.Rules;

public sealed class BrokenNumberTests
{
    [Fact]
    public void An_amount_broken_after_its_decimal_point_by_a_pdf_dump_is_read_whole()
    {
        var record = new Docs()
            .Para("某县文化馆2022年度免费开放项目绩效自评报告")
            .Para("一、项目基本情况：项目预算48. 6万元，2022年全年实际支付47. 5万元，预算执行率97.7%。")
            .Extract();
        var project = Assert.Single(record.Projects);
        Assert.Equal(48.6, project.BudgetWan);
        Assert.Equal(47.5, project.ActualWan);
    }
}
