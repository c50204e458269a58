using ReportMiner.Extraction.Grammar;

namespace ReportMiner.Extraction.Tests.Grammar;

public sealed class MoneyParserTests
{
    [Theory]
    [InlineData("13,410.06万元", MoneyUnit.Yuan, 13410.06)]
    [InlineData("57万元", MoneyUnit.Yuan, 57.0)]
    [InlineData("7934168.60元", MoneyUnit.Wan, 793.41686)]
    [InlineData("5,507,015.20元", MoneyUnit.Wan, 550.70152)]
    [InlineData("1.2亿元", MoneyUnit.Yuan, 12000.0)]
    [InlineData("５７万", MoneyUnit.Yuan, 57.0)]
    [InlineData("１３，４１０．０６万元", MoneyUnit.Yuan, 13410.06)]
    [InlineData("壹佰贰拾捌万元", MoneyUnit.Yuan, 128.0)]
    [InlineData("人民币壹佰贰拾捌万元整", MoneyUnit.Yuan, 128.0)]
    [InlineData("128万", MoneyUnit.Yuan, 128.0)]
    [InlineData("128", MoneyUnit.Wan, 128.0)]
    [InlineData("683600", MoneyUnit.Yuan, 68.36)]
    [InlineData("0.5", MoneyUnit.Yi, 5000.0)]
    [InlineData("￥57万元", MoneyUnit.Yuan, 57.0)]
    [InlineData("约38.25万元", MoneyUnit.Yuan, 38.25)]
    [InlineData("12.5千元", MoneyUnit.Wan, 1.25)]
    [InlineData("57萬元", MoneyUnit.Yuan, 57.0)]
    [InlineData(" 57.00 ", MoneyUnit.Wan, 57.0)]
    [InlineData("-12.5", MoneyUnit.Wan, -12.5)]
    [InlineData("57（万元）", MoneyUnit.Yuan, 57.0)]
    [InlineData("570000(元)", MoneyUnit.Wan, 57.0)]
    public void An_amount_is_read_in_wan(string text, MoneyUnit defaultUnit, double wan)
    {
        Assert.True(MoneyParser.TryParseWan(text, defaultUnit, out var value));
        Assert.Equal(wan, value, 9);
    }

    [Theory]
    [InlineData("95%")]
    [InlineData("3次")]
    [InlineData("-")]
    [InlineData("—")]
    [InlineData("")]
    [InlineData("无")]
    [InlineData("年初预算安排13410.06万元，实际支出38.25万元")]
    [InlineData("2021年")]
    [InlineData("12345热线")]
    [InlineData("128.07万元（含税）")]
    [InlineData("57(")]
    public void Anything_but_a_single_amount_is_refused(string text) =>
        Assert.False(MoneyParser.TryParseWan(text, MoneyUnit.Wan, out _));

    [Fact]
    public void Yuan_converts_to_wan_without_binary_noise()
    {
        Assert.True(MoneyParser.TryParseWan("7934168.60元", MoneyUnit.Wan, out var wan));
        Assert.Equal(793.41686, wan);
    }

    [Fact]
    public void Digits_too_long_to_be_an_amount_are_refused_instead_of_overflowing()
    {
        Assert.False(MoneyParser.TryParseWan(new string('9', 400) + "万元", MoneyUnit.Wan, out _));
        Assert.False(MoneyParser.TryParseWan(new string('9', 27) + "亿元", MoneyUnit.Wan, out _));
        Assert.False(MoneyParser.TryParseWan(new string('九', 40) + "元", MoneyUnit.Wan, out _));
        Assert.False(MoneyParser.TryParseWan("九" + string.Concat(Enumerable.Repeat("亿", 8)) + "元", MoneyUnit.Wan, out _));
    }
}
