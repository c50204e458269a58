using ReportMiner.Extraction.Money;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Lines without sentence breaks (a glued page, a hostile file) are read once, not once per value on them: the
/// characters scanned around the values (<see cref="TextScans"/>) grow with the line. Doubling the values on a line
/// doubles the count where each value reads a bounded stretch; where a value reads back to the line's start (the
/// hang these tests once caught: over 120 s for 20,000 values) the count grows with the square and the ratio
/// exceeds the bound.
/// </summary>
public sealed class LongMoneyLineTests
{
    private const int Values = 1_500;

    // Linear work doubles (a little over 2: the first values of a line have less text behind them to read);
    // reading back to the line's start gives about 3 at these sizes, 4 in the limit.
    private const double MostGrowthWhenDoubled = 2.2;

    [Theory]
    [InlineData("预算资金100万元，")]
    // A bare 万 ends no clause as 元 does: each amount's clause must still stop at the amount before it.
    [InlineData("预算资金100万、")]
    public void Doubling_the_amounts_on_a_line_without_sentence_breaks_at_most_doubles_the_text_scanned(string value)
    {
        var (scanned, project) = Scanned(value, Values);
        var (doubled, _) = Scanned(value, 2 * Values);
        Assert.Equal(100, project.BudgetWan);
        Assert.InRange(scanned, 1, long.MaxValue);
        Assert.InRange((double)doubled / scanned, 2.0, MostGrowthWhenDoubled);
    }

    [Fact]
    public void Each_budget_on_a_long_line_scans_a_bounded_stretch_not_every_later_amount_of_its_sentence_again()
    {
        // A budget's parts (the 其中 amounts after it) are read from flags set once per amount: looking each later
        // amount up again for every budget scanned about 740 sentence reaches per amount on this line.
        var (scanned, _) = Scanned("预算资金100万元，", Values);
        Assert.InRange((double)scanned / Values, 1, MostSentencesPerAmount * SentenceReach);
    }

    // Each amount reads its clause, its sentence back (three searches) and ahead, and its quote: a few sentence reaches.
    private const int MostSentencesPerAmount = 10;
    private const int SentenceReach = 2_000;

    [Fact]
    public void An_amount_is_read_only_from_the_first_digit_of_its_number()
    {
        // Tried from inside a run of digits, the pattern would read the rest of the run again from every digit:
        // quadratic in a run of 200,000 digits.
        Assert.False(MoneyProseRule.Amount().Match("1234567万元", 1).Success);
        Assert.Equal("1234567万元", MoneyProseRule.Amount().Match("共1234567万元").Value);
    }

    [Fact]
    public void A_run_of_digits_is_no_amount()
    {
        var project = new Docs().Para("某县2022年道路养护项目绩效自评报告").Para(new string('1', 20_000) + "。").Single();
        Assert.Null(project.BudgetWan);
    }

    [Fact]
    public void A_quote_from_a_line_without_sentence_breaks_is_still_the_text_around_the_value()
    {
        var filler = string.Concat(Enumerable.Repeat("道路养护", 2_000));
        var quote = Snippet.Around(filler + "年度预算资金100万元" + filler, filler.Length + 6);
        Assert.Contains("年度预算资金100万元", quote, StringComparison.Ordinal);
    }

    private static (long Scanned, ProjectRecord Project) Scanned(string value, int count)
    {
        var docs = new Docs().Para("某县2022年道路养护项目绩效自评报告").Para(string.Concat(Enumerable.Repeat(value, count)) + "。");
        using var counting = TextScans.Chars.Start();
        var project = docs.Single();
        return (counting.Work, project);
    }
}
