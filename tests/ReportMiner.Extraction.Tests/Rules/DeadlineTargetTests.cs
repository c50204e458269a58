using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Records;
using ReportMiner.TestSupport;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A 时效 indicator's target is a deadline in words; the form reports it kept as the share done on time (100%) or in
/// words (在规定时间内完成).
/// </summary>
public sealed class DeadlineTargetTests
{
    private const string Header = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分";

    [Fact]
    public void A_deadline_reported_as_fully_done_on_time_is_met()
    {
        var project = new Docs().Table(Header,
            "产出指标\t数量指标\t慰问人数\t50人\t50人\t20\t20",
            "^\t时效指标\t春节前完成走访慰问\t按时限完成\t100%\t10\t10").Single();
        Assert.True(project.Indicators.Single(i => i.Name == "春节前完成走访慰问").Met);
    }

    [Fact]
    public void A_dated_deadline_reported_done_within_the_set_time_is_met()
    {
        var project = new Docs().Table(Header,
            "产出指标\t数量指标\t慰问人数\t50人\t50人\t20\t20",
            "^\t时效指标\t项目完成时间\t2023年12月底\t在规定时间内完成\t10\t10").Single();
        Assert.True(project.Indicators.Single(i => i.Name == "项目完成时间").Met);
    }

    [Theory]
    [InlineData("2023年12月", "2023年10月")]
    [InlineData("11月前", "10月")]
    [InlineData("11月底前", "11月20日")]
    public void A_deadline_kept_by_a_day_no_later_is_met(string deadline, string done)
    {
        Assert.True(MetEvaluator.Compare(QuantityParser.Parse(deadline), QuantityParser.Parse(done)));
    }

    [Theory]
    [InlineData("2023年12月", "2024年1月")]
    [InlineData("9月前", "10月")]
    [InlineData("11月20日", "11月25日")]
    public void A_deadline_passed_by_a_later_day_is_not_counted_as_kept(string deadline, string done)
    {
        Assert.Null(MetEvaluator.Compare(QuantityParser.Parse(deadline), QuantityParser.Parse(done)));
    }

    [Theory]
    [InlineData("١٢月底", "١١月")]
    [InlineData("2023年१२月", "2023年११月")]
    public void A_day_written_in_digits_of_another_script_gives_no_verdict_and_no_error(string deadline, string done)
    {
        Assert.Null(MetEvaluator.Compare(QuantityParser.Parse(deadline), QuantityParser.Parse(done)));
    }

    [Theory]
    [InlineData("١١月前", null, null)]
    [InlineData("٢٠٢٣年١١月底", 2023d, false)] // not a dated deadline, so its number is compared as any other
    public void A_month_written_in_digits_of_another_script_is_no_deadline_kept_by_a_whole_100_percent(string deadline, double? value, bool? met)
    {
        Assert.Equal(met, MetEvaluator.Compare(Q(deadline, value), Q("100%", 100, "%")));
        Assert.NotNull(MetEvaluator.Compare(Q("11月前"), Q("100%", 100, "%")));
    }

    [Fact]
    public void A_deadline_done_only_in_part_gets_no_verdict()
    {
        Assert.Null(MetEvaluator.Compare(Q("11月底完成100%"), Q("85%", 85, "%")));
    }

    [Fact]
    public void A_deadline_reported_missed_is_not_counted_as_kept()
    {
        Assert.Null(MetEvaluator.Compare(Q("2023年12月底"), Q("未在规定时间内完成")));
        Assert.Null(MetEvaluator.Compare(Q("按时限完成"), Q("延期完成")));
    }

    [Fact]
    public void A_qualitative_target_that_is_no_deadline_is_not_met_by_a_bare_100_percent()
    {
        Assert.Null(MetEvaluator.Compare(Q("效果明显"), Q("100%", 100, "%")));
    }

    private static Quantity Q(string text, double? value = null, string? unit = null) => new(text, null, value, unit);
}
