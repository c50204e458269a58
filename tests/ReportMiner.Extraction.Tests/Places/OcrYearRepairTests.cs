using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Tests.Places;

public sealed class OcrYearRepairTests
{
    [Theory]
    [InlineData("2018 4F 12月,财", "2018年12月,财")]
    [InlineData("于2020 4F 6月至", "于2020年6月至")]
    [InlineData("A-20254F 12 A", "A-2025年12 A")]
    public void A_year_followed_by_4F_gets_its_year_character_back(string read, string expected) =>
        Assert.Equal(expected, OcrYearRepair.Repair(read));

    [Theory]
    [InlineData("型号20184FX")]
    [InlineData("编号120184F")]
    [InlineData("14F")]
    public void Codes_that_hold_4F_are_left_as_read(string read) =>
        Assert.Same(read, OcrYearRepair.Repair(read));
}
