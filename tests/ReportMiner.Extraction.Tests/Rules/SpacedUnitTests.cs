namespace ReportMiner.Extraction.Tests.Rules;

public sealed class SpacedUnitTests
{
    [Fact]
    public void An_amount_whose_unit_a_pdf_dump_split_with_a_space_is_read_in_wan()
    {
        var project = Assert.Single(new Docs()
            .Para("某县文化旅游宣传项目绩效自评报告")
            .Para("（一）项目资金投入情况")
            .Para("县财政局下达文化旅游宣传专项资金850万 元，用于旅游宣传营销。")
            .Extract().Projects);
        Assert.Equal(850, project.BudgetWan);
    }
}
