using ReportMiner.Extraction.Grammar;

namespace ReportMiner.Extraction.Tests.Grammar;

public sealed class MoneyUnitDetectorTests
{
    [Theory]
    [InlineData("单位：万元", MoneyUnit.Wan)]
    [InlineData("（元）", MoneyUnit.Yuan)]
    [InlineData("金额单位:元", MoneyUnit.Yuan)]
    [InlineData("(万元)", MoneyUnit.Wan)]
    [InlineData("年初预算数（万元）", MoneyUnit.Wan)]
    [InlineData("单位：人民币亿元", MoneyUnit.Yi)]
    [InlineData("金額單位：萬元", MoneyUnit.Wan)]
    [InlineData("【单位：元】", MoneyUnit.Yuan)]
    [InlineData("项目总预算(元", MoneyUnit.Yuan)]
    [InlineData("实际支出资金（万元：", MoneyUnit.Wan)]
    public void A_declared_unit_is_found(string header, MoneyUnit unit) => Assert.Equal(unit, MoneyUnitDetector.FromHeader(header));

    [Theory]
    [InlineData("预算执行率")]
    [InlineData("项目资金元素")]
    [InlineData("")]
    public void A_header_without_a_unit_gives_none(string header) => Assert.Null(MoneyUnitDetector.FromHeader(header));
}
