namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A cover's report date ("评价报告时间：…", "报告日期：…") says when the report was written, not the year it covers.</summary>
public sealed class ReportDateLineTests
{
    [Fact]
    public void An_evaluation_report_date_on_the_cover_does_not_give_the_year_the_report_covers()
    {
        var project = new Docs()
            .Para("某县2022年乡村道路建设项目绩效评价报告")
            .Para("评价机构：某某咨询有限公司")
            .Para("评价报告时间：2023年11月")
            .Para("一、项目基本情况")
            .Para("本项目总投资120万元，已全部完成。")
            .Single();
        Assert.Equal(2022, project.Year);
    }

    [Fact]
    public void A_report_date_line_above_the_text_leaves_the_year_to_the_first_year_the_text_writes()
    {
        var project = new Docs()
            .Para("某镇饮水安全巩固提升项目绩效自评报告")
            .Para("报告日期：2022年3月")
            .Para("一、项目基本情况")
            .Para("2021年某镇饮水安全巩固提升项目预算资金50万元，实际支出48万元。")
            .Single();
        Assert.Equal(2021, project.Year);
    }
}
