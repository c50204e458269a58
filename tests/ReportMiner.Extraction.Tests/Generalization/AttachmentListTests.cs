using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>
/// A funds-allocation notice lists its attachments ("附件：1.…资金分配表" / "2.…资金绩效目标表") above the allocation table it
/// shows: the 绩效目标表 it names is another document, no title of its own, so the notice cut before its title and
/// addressees is still no target form. The form itself, where the notice shows it, is read as before.
/// </summary>
public sealed class AttachmentListTests
{
    private static Docs Notice() => new Docs()
        .Para("一、请各县（市、区）及时将资金安排到具体项目，加快预算执行，确保专款专用。")
        .Para("二、各地要加强资金监管，不得挤占、截留或挪用，并对照本次下达的绩效目标做好运行监控。")
        .Para("附件：1.2024年农村公路养护补助资金分配表")
        .Para("2.2024年农村公路养护补助资金绩效目标表")
        .Para("清远市财政局")
        .Para("2024年4月2日")
        .Para("附件1")
        .Para("2024年农村公路养护补助资金分配表")
        .Table("序号\t地区\t金额（万元）", "1\t英德市\t300", "2\t连州市\t200", "3\t佛冈县\t150");

    [Fact]
    public void A_target_form_named_in_an_attachment_list_makes_no_report()
    {
        var record = Notice().Extract();
        Assert.NotEqual("performance_report", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void The_target_form_the_notice_shows_is_still_read()
    {
        var record = Notice()
            .Para("附件2")
            .Para("2024年农村公路养护补助资金绩效目标表")
            .Table("一级指标\t二级指标\t三级指标\t指标值", "产出指标\t数量指标\t养护里程\t≥500公里", "效益指标\t社会效益指标\t公路优良路率\t≥80%")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.NotEmpty(Assert.Single(record.Projects).Indicators);
    }
}
