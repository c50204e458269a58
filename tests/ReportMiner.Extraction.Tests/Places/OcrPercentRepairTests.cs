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
    [InlineData("执行率为10096。", "执行率为100%。")]
    [InlineData("设备故障率低于596,采购设备及", "设备故障率低于5%,采购设备及")]
    [InlineData("验收合格率至少达到9896,资金在两年", "验收合格率至少达到98%,资金在两年")]
    [InlineData("承保率为41.196，总保费", "承保率为41.1%，总保费")]
    [InlineData("群众满意度达9596以上", "群众满意度达95%以上")]
    public void A_rate_whose_value_ends_in_a_percent_read_as_96_gets_its_percent_back(string read, string expected) =>
        Assert.Equal(expected, OcrPercentRepair.Repair(read));

    [Theory]
    [InlineData("新型经营主体实现产值(96)", "新型经营主体实现产值(%)")]
    [InlineData("满意度（96）", "满意度（%）")]
    public void A_name_s_unit_read_as_96_in_brackets_is_a_percent(string read, string expected) =>
        Assert.Equal(expected, OcrPercentRepair.Repair(read));

    [Theory]
    [InlineData("执行率96%")]
    [InlineData("执行率为0.96")]
    [InlineData("执行率为99.96。")]
    [InlineData("合格率为96。")]
    [InlineData("共计10096元")]
    [InlineData("覆盖率涉及农户1296户")]
    [InlineData("执行率为95%")]
    [InlineData("初中生96人")]
    [InlineData("教财[2021]96号)")]
    [InlineData("(96)")]
    [InlineData("9%6")]
    public void Numbers_that_are_no_misread_percent_are_left_alone(string read) =>
        Assert.Same(read, OcrPercentRepair.Repair(read));
}
