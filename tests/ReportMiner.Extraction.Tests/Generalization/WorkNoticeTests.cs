using ReportMiner.Extraction.Genre;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>
/// A finance office's notice asking its units for performance work (关于开展…绩效自评工作的通知) speaks the report's whole
/// vocabulary and attaches the blank form or the list of projects to evaluate: it is no report. A report that cites such a
/// notice, or a notice that carries a unit's filled results, stays a report.
/// </summary>
public sealed class WorkNoticeTests
{
    private static Docs Notice(string title) => new Docs()
        .Para(title)
        .Para("各预算单位：")
        .Para("为全面实施预算绩效管理，现就2023年度项目支出绩效自评有关事项通知如下：")
        .Para("一、自评范围：2023年度使用财政资金的全部项目支出。")
        .Para("二、时间安排：请各单位对照年初绩效目标填报年度实际完成值，于2024年3月31日前报送财政局绩效股。")
        .Para("联系人：某某，联系电话：0000-1234567")
        .Para("附件：项目支出绩效自评表");

    private static Docs WithSelfEvaluationForm(Docs docs, string project, string quantityRow) => docs
        .Para("项目支出绩效自评表")
        .Table(
            "项目名称\t" + project + "\t<\t<\t<\t<\t<",
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
            "产出指标\t数量指标\t" + quantityRow,
            "^\t质量指标\t指标1：\t\t\t20\t",
            "效益指标\t社会效益指标\t指标1：\t\t\t30\t",
            "满意度指标\t服务对象满意度指标\t指标1：\t\t\t30\t",
            "总分\t<\t<\t<\t<\t100\t");

    [Fact]
    public void A_notice_asking_for_self_evaluations_with_a_blank_form_attached_reads_as_other()
    {
        var record = WithSelfEvaluationForm(Notice("某县财政局关于开展2023年度项目支出绩效自评工作的通知"), "", "指标1：\t\t\t20\t").Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_notice_listing_the_projects_to_evaluate_with_their_budgets_reads_as_other()
    {
        // No addressees' line and no "通知如下": a document site ran them into the prose.
        var record = new Docs()
            .Para("关于组织开展2023年度重点项目绩效评价工作的通知")
            .Para("为提高财政资金使用效益，经研究，决定对以下项目开展重点绩效评价，请各项目单位提供绩效评价资料，于5月31日前报送财政局。")
            .Para("联系人：某某，联系电话：0000-1234567")
            .Para("附件：2023年度重点评价项目清单")
            .Table(
                "序号\t项目名称\t主管部门\t预算金额（万元）",
                "1\t农村公路养护项目\t某县交通运输局\t500")
            .Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_report_citing_the_notice_that_asked_for_it_stays_a_report()
    {
        var record = new Docs()
            .Para("某县交通运输局2023年度农村公路养护项目绩效自评报告")
            .Para("根据《某县财政局关于开展2023年度项目支出绩效自评工作的通知》要求，我局对农村公路养护项目开展了绩效自评，现将有关情况报告如下：")
            .Para("项目全年预算500万元，全年执行480万元，执行率96%，自评得分92分。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.NotEmpty(record.Projects);
    }

    [Fact]
    public void A_notice_that_carries_a_units_filled_self_evaluation_stays_a_report()
    {
        var record = WithSelfEvaluationForm(Notice("关于开展2023年度项目支出绩效自评工作的通知"),
            "农村公路养护项目", "公路养护里程\t≥100公里\t105公里\t20\t20").Extract();
        Assert.Equal("performance_report", record.DocumentKind);
    }

    [Fact]
    public void A_notice_title_on_a_document_site_line_run_into_its_addressees_is_the_notices_own_title()
    {
        var docs = new Docs()
            .Para("关于做好2024年度预算绩效运行监控工作的通知市直各部门：")
            .Para("请于8月15日前报送监控表。");
        var (items, chrome) = DocItems.From(docs.Build());
        Assert.True(WorkNoticeRule.IsWorkNotice(chrome.Concat(items)));
    }
}
