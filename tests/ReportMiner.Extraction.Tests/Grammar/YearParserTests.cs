using ReportMiner.Extraction.Grammar;

namespace ReportMiner.Extraction.Tests.Grammar;

public sealed class YearParserTests
{
    [Theory]
    [InlineData("2019年度益阳市政府办项目", 2019)]
    [InlineData("二〇二一年十二月", 2021)]
    [InlineData("二零二零年", 2020)]
    [InlineData("2021年度", 2021)]
    [InlineData("２０２１年", 2021)]
    [InlineData("评价年度：2019", 2019)]
    [InlineData("2020-2022年", 2020)]
    public void The_first_year_is_found(string text, int year) => Assert.Equal(year, YearParser.Find(text));

    [Fact]
    public void A_span_gives_every_year_in_it() => Assert.Equal([2020, 2021, 2022], YearParser.FindAll("2020-2022年"));

    [Fact]
    public void Years_are_listed_once_in_order() =>
        Assert.Equal([2021, 2020], YearParser.FindAll("2021年项目，对比2020年，2021年度目标"));

    [Theory]
    [InlineData("12345热线")]
    [InlineData("13410.06万元")]
    [InlineData("88712345年")]
    [InlineData("1000年")]
    public void Numbers_that_are_not_years_are_ignored(string text) => Assert.Null(YearParser.Find(text));
}
