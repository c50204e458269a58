using ReportMiner.Extraction.Indicators;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A 指标性质 cell read where the value belongs (a comparator alone, 定量, 定量指标) is no target: the value is in the
/// next column (R138, R139, R212, R295).
/// </summary>
public sealed class KindOnlyValueTests
{
    [Theory]
    [InlineData(">=")]
    [InlineData("≧")]
    [InlineData("定量")]
    [InlineData("定量指标")]
    [InlineData("定性指标")]
    public void A_cell_saying_only_how_to_compare_or_what_kind_of_value_is_no_value(string text) =>
        Assert.Null(IndicatorValues.Read(text));

    [Theory]
    [InlineData("≥95%", 95)]
    [InlineData("定量指标完成率100%", 100)]
    public void A_cell_with_a_figure_after_its_comparator_keeps_it(string text, double value) =>
        Assert.Equal(value, IndicatorValues.Read(text)!.Value);

    [Fact]
    public void A_qualitative_word_stays_a_value() =>
        Assert.Equal("高", IndicatorValues.Read("高")!.Text);
}
