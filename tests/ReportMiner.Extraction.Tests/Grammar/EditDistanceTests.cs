using FsCheck;
using FsCheck.Fluent;
using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Tests.Grammar;

/// <summary>The one bounded edit distance: indicator names here, project keys in the store.</summary>
public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("接通率", "接通率", 0, true)]
    [InlineData("人工坐席服务外包", "人工座席服务外包", 1, true)]
    [InlineData("人工坐席服务外包", "人工座席服努外包", 1, false)]
    [InlineData("人工坐席服务外包", "人工座席服努外包", 2, true)]
    [InlineData("群众满意度", "群众满意", 1, true)]
    [InlineData("群众满意度", "满意度", 1, false)]
    [InlineData("", "率", 1, true)]
    [InlineData("热线", "专线", 0, false)]
    public void Within_counts_insertions_deletions_and_substitutions(string a, string b, int bound, bool within) =>
        Assert.Equal(within, EditDistance.Within(a, b, bound));

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property Within_agrees_with_the_full_table_and_is_symmetric() =>
        Prop.ForAll(Names.ToArbitrary(), Names.ToArbitrary(), Gen.Choose(0, 4).ToArbitrary(), (a, b, bound) =>
            EditDistance.Within(a, b, bound) == (Full(a, b) <= bound) && EditDistance.Within(b, a, bound) == EditDistance.Within(a, b, bound));

    [Fact]
    public void Indicator_names_a_character_apart_are_one_indicator_through_it()
    {
        Assert.True(IndicatorNames.SameNameKey("群众诉求办结率统计", "群众诉求办结率统汁"));
        Assert.False(IndicatorNames.SameNameKey("群众诉求办结率统计", "群众诉求回访率统汁"));
    }

    private static readonly Gen<string> Names =
        from length in Gen.Choose(0, 9)
        from chars in Gen.ArrayOf(Gen.Elements('率', '办', '结', '回', '访', '统', '计'), length)
        select new string(chars);

    private static int Full(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j], d[i, j - 1]) + 1, d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }
}
