using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>
/// A news item on a fund or an evaluation shows its own form where its lead sets the day after the item's reason
/// ("为…，近日，市财政局印发…") or its headline names the meeting an office held ("…召开…绩效评价…会议"); without a report's
/// title or form, that decides the kind. A report titled as one keeps its kind whatever day it writes.
/// </summary>
public sealed class NewsItemFormTests
{
    [Fact]
    public void A_news_item_whose_lead_day_follows_its_reason_is_news()
    {
        var record = new Docs()
            .Para("为进一步规范助学补助资金管理，近日，市财政局会同市教育局印发《助学补助资金管理办法》，明确了预算安排和绩效目标。")
            .Para("一是明确职责分工。财政、教育部门按照职责分工开展绩效评价，评价结果作为分配资金的依据。")
            .Para("二是优化预算安排。市财政2020年以来累计投入资金800万元，补助标准为每人2000元。")
            .Extract();
        Assert.Equal("news", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_news_headline_of_a_performance_evaluation_meeting_is_news()
    {
        var record = new Docs()
            .Para("某区财政局组织召开2022年度财政支出项目绩效评价现场评审会")
            .Para("根据预算绩效管理工作的部署安排，区财政局组织第三方评价机构对区本级2022年度财政支出项目召开绩效评价现场评审会。")
            .Para("此次评审会抽取了8家参评单位、12个预算项目，涉及预算金额3,200.50万元，专家评审组就项目绩效目标完成情况进行了询问交流。")
            .Extract();
        Assert.Equal("news", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_titled_report_that_writes_jinri_after_a_comma_stays_a_report()
    {
        var record = new Docs()
            .Para("某县2022年农村饮水安全项目绩效自评报告")
            .Para("一、项目基本情况")
            .Para("2022年某县安排农村饮水安全资金300万元，实际支出290万元，预算执行率96.67%。")
            .Para("为做好年度自评，近日，县水利局组织专人对项目进行了自评。")
            .Para("二、绩效目标完成情况")
            .Para("新建供水管网20公里，受益群众满意度达95%。自评得分93分。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.NotEmpty(record.Projects);
    }
}
