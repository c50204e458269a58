using ReportMiner.Extraction.Grammar;

namespace ReportMiner.Extraction.Tests.Grammar;

public sealed class QuantityParserTests
{
    [Theory]
    [InlineData("≥95%", ">=", 95.0, "%")]
    [InlineData("≥99.99%", ">=", 99.99, "%")]
    [InlineData("=1", "=", 1.0, null)]
    [InlineData("＝4", "=", 4.0, null)]
    [InlineData(">98%", ">", 98.0, "%")]
    [InlineData("＞86％", ">", 86.0, "%")]
    [InlineData("<0.01%", "<", 0.01, "%")]
    [InlineData("≤3次", "<=", 3.0, "次")]
    [InlineData("大于等于90%", ">=", 90.0, "%")]
    [InlineData("不低于95%", ">=", 95.0, "%")]
    [InlineData("不少于3次", ">=", 3.0, "次")]
    [InlineData("达到100%", ">=", 100.0, "%")]
    [InlineData("90%以上", ">=", 90.0, "%")]
    [InlineData("95%（含）以上", ">=", 95.0, "%")]
    [InlineData("20%以下", "<=", 20.0, "%")]
    [InlineData("不超过5%", "<=", 5.0, "%")]
    [InlineData("低于1%", "<", 1.0, "%")]
    [InlineData("高于80%", ">", 80.0, "%")]
    [InlineData("超过90%", ">", 90.0, "%")]
    [InlineData("8小时内", "<=", 8.0, "小时")]
    [InlineData("3个工作日内", "<=", 3.0, "个工作日")]
    [InlineData("≥90分", ">=", 90.0, "分")]
    [InlineData("≤10分钟", "<=", 10.0, "分钟")]
    public void A_comparator_number_and_unit_are_read(string text, string op, double value, string? unit)
    {
        var q = QuantityParser.Parse(text)!;
        Assert.Equal(text, q.Text);
        Assert.Equal(op, q.Op);
        Assert.Equal(value, q.Value!.Value, 9);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("100%", 100.0, "%")]
    [InlineData("95％", 95.0, "%")]
    [InlineData("１００", 100.0, null)]
    [InlineData("93.62%", 93.62, "%")]
    [InlineData("约95%", 95.0, "%")]
    [InlineData("1,200件", 1200.0, "件")]
    public void A_plain_value_has_no_comparator(string text, double value, string? unit)
    {
        var q = QuantityParser.Parse(text)!;
        Assert.Null(q.Op);
        Assert.Equal(value, q.Value!.Value, 9);
        Assert.Equal(unit, q.Unit);
    }

    [Fact]
    public void Wan_before_a_count_unit_multiplies()
    {
        var q = QuantityParser.Parse("≥1000万人次")!;
        Assert.Equal((">=", 10_000_000.0, "人次"), (q.Op, q.Value!.Value, q.Unit));
        Assert.Equal(157000, QuantityParser.Parse("15.7万个")!.Value!.Value, 6);
    }

    [Fact]
    public void Wan_yuan_stays_a_money_unit()
    {
        var q = QuantityParser.Parse("≤128万元")!;
        Assert.Equal((128.0, "万元"), (q.Value!.Value, q.Unit));
    }

    [Theory]
    [InlineData("90%-95%")]
    [InlineData("90％～95％")]
    [InlineData("90%至95%")]
    public void A_range_reads_as_at_least_its_lower_bound(string text)
    {
        var q = QuantityParser.Parse(text)!;
        Assert.Equal((">=", 90.0, "%"), (q.Op, q.Value!.Value, q.Unit));
    }

    [Theory]
    [InlineData("百分之九十五", 95.0, "%", null)]
    [InlineData("不少于三次", 3.0, "次", ">=")]
    [InlineData("两个工作日内", 2.0, "个工作日", "<=")]
    [InlineData("十二次", 12.0, "次", null)]
    public void Chinese_numerals_are_read(string text, double value, string unit, string? op)
    {
        var q = QuantityParser.Parse(text)!;
        Assert.Equal((op, value, unit), (q.Op, q.Value!.Value, q.Unit));
    }

    [Theory]
    [InlineData("健全")]
    [InlineData("合规")]
    [InlineData("制定并执行")]
    [InlineData("有效提升")]
    [InlineData("好")]
    [InlineData("一次性告知")]
    [InlineData("响应时间：≤10分钟内，故障处理时间≤90分钟")]
    public void Qualitative_or_compound_targets_keep_only_their_text(string text)
    {
        var q = QuantityParser.Parse(text)!;
        Assert.Equal(text, q.Text);
        Assert.Null(q.Op);
        Assert.Null(q.Value);
        Assert.Null(q.Unit);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_text_is_no_quantity(string text) => Assert.Null(QuantityParser.Parse(text));

    [Theory]
    [InlineData("12345热线接通率≥95%", ">=", 95.0, "%")]
    [InlineData("2021年满意度不低于90%", ">=", 90.0, "%")]
    [InlineData("12333热线全年受理量≥100万人次", ">=", 1_000_000.0, "人次")]
    [InlineData("95%以上（含95%）", ">=", 95.0, "%")]
    public void Numbers_that_name_or_date_are_not_the_quantity(string text, string op, double value, string unit)
    {
        var q = QuantityParser.Parse(text)!;
        Assert.Equal((op, value, unit), (q.Op, q.Value!.Value, q.Unit));
    }

    [Fact]
    public void A_negative_value_keeps_its_sign() => Assert.Equal(-5, QuantityParser.Parse("-5%")!.Value!.Value, 9);

    [Fact]
    public void Traditional_comparator_words_are_read()
    {
        var q = QuantityParser.Parse("不超過3個工作日")!;
        Assert.Equal(("<=", 3.0, "个工作日"), (q.Op, q.Value!.Value, q.Unit));
    }

    [Fact]
    public void A_number_too_long_to_be_a_measure_is_qualitative_instead_of_overflowing()
    {
        var digits = new string('9', 400);
        Assert.Null(QuantityParser.Parse("≥" + digits + "%")?.Value);
        Assert.Null(QuantityParser.Parse(digits + "-" + digits + "%")?.Value);
    }
}
