namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A finance bureau a report's prose names passed the money on or issued the notice: it is not the project's department.</summary>
public sealed class ProseFinanceOfficeTests
{
    [Fact]
    public void A_finance_bureau_that_allocated_the_money_with_the_unit_is_not_the_department()
    {
        var project = new Docs()
            .Para("某某镇文化站设备购置项目绩效自评报告")
            .Para("上级下达资金50万元，我局商同青神县财政局后，将资金拨付至各乡镇，由青神县文化体育和旅游局统一组织实施。")
            .Single();
        Assert.Equal("青神县文化体育和旅游局", project.Department);
    }

    [Fact]
    public void A_government_office_whose_notice_the_report_answers_is_not_the_department()
    {
        var project = new Docs()
            .Para("某某道路养护项目绩效自评报告")
            .Para("根据四川省人民政府办公厅关于印发《项目支出绩效评价管理办法》的要求，对道路养护项目开展了绩效自评。")
            .Single();
        Assert.Null(project.Department);
    }

    [Fact]
    public void A_finance_review_centre_sent_to_evaluate_the_project_is_not_the_department()
    {
        var project = new Docs()
            .Para("某某贷款项目绩效评价报告")
            .Para("根据有关要求，财政厅于2024年3月至5月安排四川省财政投资评审中心对某某贷款项目开展了绩效评价。")
            .Single();
        Assert.Null(project.Department);
    }
}
