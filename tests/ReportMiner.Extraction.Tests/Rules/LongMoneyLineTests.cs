using ReportMiner.TestSupport;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Lines without sentence breaks (a glued page, a hostile file) are read once, not once per value on them. Guards
/// against a hang, not speed figures: before, the first line below took over 120 s and the second over 120 s; read
/// linearly each takes about a second, and the bound leaves room for a loaded machine.
/// </summary>
public sealed class LongMoneyLineTests
{
    [Fact]
    public void A_sentence_of_twenty_thousand_amounts_is_read_in_linear_time()
    {
        var line = string.Concat(Enumerable.Repeat("预算资金100万元，", 20_000)) + "。";
        var project = HangGuard.Within(TimeSpan.FromSeconds(30), () => new Docs().Para("某县2022年道路养护项目绩效自评报告").Para(line).Single());
        Assert.Equal(100, project.BudgetWan);
    }

    [Fact]
    public void A_line_of_twenty_thousand_amounts_in_bare_wan_is_read_in_linear_time()
    {
        // A bare 万 ends no clause as 元 does: each amount's clause must still stop at the amount before it.
        var line = string.Concat(Enumerable.Repeat("预算资金100万、", 20_000)) + "。";
        var project = HangGuard.Within(TimeSpan.FromSeconds(30), () => new Docs().Para("某县2022年道路养护项目绩效自评报告").Para(line).Single());
        Assert.Equal(100, project.BudgetWan);
    }

    [Fact]
    public void A_run_of_two_hundred_thousand_digits_is_read_in_linear_time()
    {
        var project = HangGuard.Within(TimeSpan.FromSeconds(30), () => new Docs().Para("某县2022年道路养护项目绩效自评报告").Para(new string('1', 200_000) + "。").Single());
        Assert.Null(project.BudgetWan);
    }

    [Fact]
    public void A_quote_from_a_line_without_sentence_breaks_is_still_the_text_around_the_value()
    {
        var filler = string.Concat(Enumerable.Repeat("道路养护", 2_000));
        var quote = Pipeline.Snippet.Around(filler + "年度预算资金100万元" + filler, filler.Length + 6);
        Assert.Contains("年度预算资金100万元", quote, StringComparison.Ordinal);
    }
}
