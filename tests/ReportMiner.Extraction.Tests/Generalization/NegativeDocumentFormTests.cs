using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>
/// Pages with no project's performance record — a portal's news item about an evaluation, a notice allocating funds by a
/// listing of projects — give no project, however many places, years and amounts they hold.
/// </summary>
public sealed class NegativeDocumentFormTests
{
    [Fact]
    public void A_news_item_headlined_by_an_office_carrying_out_an_evaluation_is_news()
    {
        var record = new Docs()
            .Para("某省农业农村厅开展2022年度农机购置补贴资金绩效评价")
            .Para("时间：2023-05-12 来源：某省农业农村厅")
            .Para("为加强资金管理，省农业农村厅委托第三方机构对全省2022年度农机购置补贴资金开展绩效评价。")
            .Para("2022年，全省共补贴机具2.1万台，受益农户1.8万户，资金使用效益进一步提高。")
            .Extract();
        Assert.Equal("news", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_report_whose_numbered_heading_says_it_carried_out_the_evaluation_stays_a_report()
    {
        var record = new Docs()
            .Para("某县2023年度农村公路养护资金绩效自评报告")
            .Para("一、项目基本情况")
            .Para("农村公路养护资金预算100万元，实际支出95万元，预算执行率95%。")
            .Para("二、组织开展绩效自评")
            .Para("县交通运输局成立自评小组，对照绩效目标逐项开展自评。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.Single(record.Projects);
    }

    [Fact]
    public void A_notice_listing_the_projects_it_funds_without_their_target_form_is_not_a_report()
    {
        var record = new Docs()
            .Para("甲局、乙局、丙中心：")
            .Para("现将2024年基建投资预算指标下达给你们，具体项目、金额及绩效目标详见附件。")
            .Para("单位：万元")
            .Table("单位名称\t项目名称\t金额\t支出功能分类科目",
                   "甲局\t综合执法站信息化项目\t800\t其他支出",
                   "乙局\t视频监控补点项目\t2050\t设备购置")
            .Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }
}
