using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>Which year a real report covers, among the years its page, cover and prose print.</summary>
public sealed class ReportYearTests
{
    // A page's publication stamp and a cover's date (R040, R110, R178) say when the report was written.
    [Fact]
    public void A_publication_stamp_and_a_cover_date_do_not_give_the_report_year()
    {
        var project = new Docs()
            .Para("发布日期：2024年3月15日")
            .Para("乡村道路养护项目绩效评价报告")
            .Para("二〇二四年三月一日")
            .Para("2023年全县共完成乡村道路养护120公里。")
            .Single();
        Assert.Equal(2023, project.Year);
    }

    [Fact]
    public void A_line_that_only_dates_the_report_gives_no_year_when_nothing_else_does()
    {
        var project = new Docs()
            .Para("乡村道路养护项目绩效评价报告")
            .Para("2024年3月1日")
            .Para("项目名称：乡村道路养护项目")
            .Single();
        Assert.Null(project.Year);
    }

    // R178: the name cell opens with the project's year; a cited notice is dated by the year of the evaluation work.
    [Fact]
    public void The_year_a_project_name_opens_with_beats_the_year_of_a_cited_notice()
    {
        var project = new Docs()
            .Para("乡村道路建设项目绩效评价报告")
            .Para("项目名称：2022年乡村道路建设项目")
            .Para("根据《某县财政局关于开展2023年度财政重点绩效评价工作的通知》要求，对该项目实施绩效评价。")
            .Single();
        Assert.Equal(2022, project.Year);
    }
}
