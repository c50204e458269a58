using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>
/// Budget units whose names end in 馆 (archives, libraries) or 联合会 (the disabled persons' and other federations)
/// report in prose like any 局 or 中心.
/// </summary>
public sealed class ProseUnitEndingTests
{
    [Theory]
    [InlineData("益阳市城市建设档案馆")]
    [InlineData("雨湖区残疾人联合会")]
    public void A_unit_named_only_in_prose_is_the_department(string unit)
    {
        var project = new Docs().Para("项目绩效运行监控报告")
            .Para($"{unit}2022年年初专项经费指标总额为60万元，用于档案数字化和残疾人就业培训。")
            .Para("截至6月底，已支付28万元，执行率46.7%。").Single();
        Assert.Equal(unit, project.Department);
    }
}
