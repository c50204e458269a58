namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>The year a unit was founded ("始建于1958年") tells its history, not the year the report covers.</summary>
public sealed class FoundingYearTests
{
    [Fact]
    public void A_founding_year_in_the_unit_overview_is_not_the_year_of_the_report()
    {
        var project = new Docs()
            .Para("某国有林场财政项目支出绩效评价报告")
            .Para("一、项目概况")
            .Para("某国有林场，始建于1958年8月，场部设在某山脚下。")
            .Para("2020年林场珍稀树种基地建设任务500亩，已全部完成。")
            .Single();
        Assert.Equal(2020, project.Year);
    }

    [Fact]
    public void A_founding_year_alone_leaves_the_year_unread()
    {
        var project = new Docs()
            .Para("某国有林场财政项目支出绩效评价报告")
            .Para("一、项目概况")
            .Para("某国有林场成立于1985年，经营面积3万亩。")
            .Single();
        Assert.Null(project.Year);
    }
}
