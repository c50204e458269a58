using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Tests.Places;

public sealed class OcrSectionNumberRepairTests
{
    [Theory]
    [InlineData("亿)项目绩效指标完成情况", "(二)项目绩效指标完成情况")]
    [InlineData("伺)评价指标分析。", "(三)评价指标分析。")]
    [InlineData("项目资金情况\n亿）资金落实(6分):", "项目资金情况\n(二)资金落实(6分):")]
    public void A_section_number_read_as_one_character_opening_a_line_is_put_back(string read, string expected) =>
        Assert.Equal(expected, OcrSectionNumberRepair.Repair(read));

    [Theory]
    [InlineData("总投资1.2亿)项目")]
    [InlineData("亿元)")]
    [InlineData("伺机)而动")]
    public void The_characters_anywhere_else_are_left_as_read(string read) =>
        Assert.Same(read, OcrSectionNumberRepair.Repair(read));
}
