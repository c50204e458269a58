using ReportMiner.Extraction.Grammar;
using ReportMiner.TestSupport;

namespace ReportMiner.Extraction.Tests.Grammar;

/// <summary>A deadline written as a day of the calendar is a date, not an amount of months (R109, R199, R195, R229, R058).</summary>
public sealed class CalendarDayTests
{
    [Theory]
    [InlineData("2023年12月")]
    [InlineData("2023年12月底")]
    [InlineData("9月前")]
    [InlineData("12月底到位")]
    [InlineData("2021年12月完成")]
    [InlineData("2021年4月15日")]
    [InlineData("10月")]
    public void A_day_of_the_calendar_has_neither_value_nor_unit(string text)
    {
        var quantity = QuantityParser.Parse(text)!;
        Assert.Null(quantity.Value);
        Assert.Null(quantity.Unit);
        Assert.Equal(text, quantity.Text);
    }

    [Fact]
    public void A_deadline_with_a_share_done_reads_as_the_share()
    {
        var quantity = QuantityParser.Parse("11月底完成100%")!;
        Assert.Equal(100, quantity.Value);
        Assert.Equal("%", quantity.Unit);
    }

    [Theory]
    [InlineData("6个月", 6, "个月")]
    [InlineData("≤3月", 3, "月")]
    [InlineData("1次/月", 1, "次")]
    public void An_amount_of_months_or_a_rate_per_month_keeps_its_number(string text, double value, string unit)
    {
        var quantity = QuantityParser.Parse(text)!;
        Assert.Equal(value, quantity.Value);
        Assert.StartsWith(unit, quantity.Unit);
    }

    [Theory]
    [InlineData("1月")]
    [InlineData("1人")]
    public void A_cell_of_a_hundred_thousand_numbers_is_read_in_linear_time(string piece)
    {
        // A hang guard with a generous bound, not a speed figure: each number looked for a comparator in a copy of
        // all the text before it: 100 000 numbers took about 10 s of CPU, growing with the square.
        var text = string.Concat(Enumerable.Repeat(piece, 100_000));
        var quantity = HangGuard.Within(TimeSpan.FromSeconds(5), () => QuantityParser.Parse(text));
        Assert.Equal(text, quantity?.Text);
    }
}
