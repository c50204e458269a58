using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>
/// A finance office's page that publishes the evaluations it organised ("现将评价报告予以公开", the reports attached) speaks of
/// evaluation reports but is none: the finance office it names is the publisher, not a unit whose report was cut short.
/// </summary>
public sealed class EvaluationResultsPublicationTests
{
    private static Docs Page(string office) => new Docs()
        .Para("2022年度财政重点绩效评价结果公开")
        // A portal runs its 文章来源 field into the text: the office's name without its place, the place at the signature.
        .Para("发布日期:2023-10-12 09:00 文章来源:财政局为切实推进预算绩效信息公开，2022年度财政支出重点评价聚焦教育、卫生、农业等领域，包括36个项目支出，涉及金额12.5亿元。目前，所有项目已评价完毕，现将评价报告予以公开。")
        .Para("附件: 《2022年度财政重点绩效评价报告》")
        .Para(office)
        .Para("2023年10月12日");

    [Fact]
    public void A_finance_office_publishing_evaluation_reports_has_no_project()
    {
        var record = Page("鄞州区财政局").Extract();
        Assert.NotEqual("performance_report", record.DocumentKind);
        Assert.Empty(record.Projects);
    }
}
