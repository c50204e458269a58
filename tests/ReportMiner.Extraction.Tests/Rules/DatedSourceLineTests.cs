namespace ReportMiner.Extraction.Tests.Rules;

public sealed class DatedSourceLineTests
{
    [Fact]
    public void A_date_and_source_line_under_the_title_gives_the_source_not_the_whole_line_as_the_department()
    {
        var project = new Docs()
            .Para("云南省应急管理领域2023年度中央转移支付资金绩效自评报告")
            .Para("2024-04-03 09:22:00     来源:云南省应急管理厅")
            .Para("一、绩效目标分解下达情况")
            .Para("我厅下达资金500万元。")
            .Single();
        Assert.Equal("云南省应急管理厅", project.Department);
    }
}
