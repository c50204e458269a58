using ReportMiner.Extraction.Grammar;

namespace ReportMiner.Extraction.Tests.Grammar;

public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData("九十五", 95)]
    [InlineData("十五", 15)]
    [InlineData("一千零五", 1005)]
    [InlineData("一万二千", 12000)]
    [InlineData("一亿二千万", 120000000)]
    [InlineData("壹佰贰拾捌万", 1280000)]
    [InlineData("二〇二一", 2021)]
    [InlineData("两百", 200)]
    [InlineData("九十五点五", 95.5)]
    public void Numerals_are_read(string numeral, double value)
    {
        Assert.True(ChineseNumerals.TryParse(numeral, out var parsed));
        Assert.Equal((decimal)value, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("九十五个")]
    public void Non_numerals_are_refused(string text) => Assert.False(ChineseNumerals.TryParse(text, out _));
}
