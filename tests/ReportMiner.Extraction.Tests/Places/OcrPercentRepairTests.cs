using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Tests.Places;

public sealed class OcrPercentRepairTests
{
    [Theory]
    [InlineData("全部用于项目建设费用支出,执行率93.869%6。", "全部用于项目建设费用支出,执行率93.86%。")]
    [InlineData("1009%6", "100%")]
    [InlineData("≥909%6", "≥90%")]
    public void A_percent_sign_read_as_nine_percent_six_is_put_back(string read, string expected) =>
        Assert.Equal(expected, OcrPercentRepair.Repair(read));

    [Theory]
    [InlineData("执行率96%")]
    [InlineData("执行率为0.96")]
    [InlineData("共计10096元")]
    [InlineData("执行率为10096。")]
    [InlineData("执行率为95%")]
    [InlineData("9%6")]
    public void Numbers_that_are_no_misread_percent_are_left_alone(string read) =>
        Assert.Same(read, OcrPercentRepair.Repair(read));
}
