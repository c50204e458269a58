using ReportMiner.Extraction.Money;

namespace ReportMiner.Extraction.Tests.Money;

public sealed class DatedYearsTests
{
    [Theory]
    [InlineData("于2013年建成，2020年度投资", new[] { 2013, 2020 })]
    [InlineData("2013 年建成", new[] { 2013 })]
    [InlineData("2021年3月完成，[2019]12号文，2019-2021年规划", new int[0])]
    public void Words_name_the_years_they_date_but_not_dates_document_numbers_or_ranges(string words, int[] years) =>
        Assert.Equal(years, DatedYears.In(words));

    [Theory]
    [InlineData("评价2020年专项资金300万元", "专项资金", 2020)]
    [InlineData("评价2020年度专项资金300万元", "专项资金", 2020)]
    [InlineData("评价2019-2020年专项资金300万元", "专项资金", null)]
    [InlineData("评价专项资金300万元（2020年）", "专项资金", null)]
    [InlineData("2020年：专项资金300万元", "专项资金", null)]
    public void The_year_right_before_a_position_is_read_from_the_words_just_before_it(string text, string name, int? year) =>
        Assert.Equal(year, DatedYears.EndingAt(text, text.IndexOf(name, StringComparison.Ordinal)));

    [Fact]
    public void The_year_right_before_a_position_ignores_the_text_after_it() =>
        Assert.Equal(2021, DatedYears.EndingAt("2021年资金", 5));
}
