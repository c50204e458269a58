using ReportMiner.Extraction.Grammar;

namespace ReportMiner.Extraction.Tests.Grammar;

public sealed class PeriodOfMonthsTests
{
    [Theory]
    [InlineData("1-12月")]
    [InlineData("3—6月")]
    public void A_span_of_calendar_months_is_a_period_without_comparator_or_value(string text)
    {
        var quantity = QuantityParser.Parse(text)!;
        Assert.Null(quantity.Op);
        Assert.Null(quantity.Value);
        Assert.Equal(text, quantity.Text);
    }

    [Fact]
    public void A_range_of_a_number_of_months_still_reads_from_its_lower_end()
    {
        var quantity = QuantityParser.Parse("3-6个月")!;
        Assert.Equal(">=", quantity.Op);
        Assert.Equal(3, quantity.Value);
    }
}
