using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>
/// A genre decides a document's kind by evidence of its own: a word or line only it writes (a news lead opening on the
/// event's day, a headline of an act), not words every genre writes; a report's form survives a dump that runs its cells
/// into one line.
/// </summary>
public sealed class GenreOwnEvidenceTests
{
    [Fact]
    public void A_project_application_that_speaks_of_citizens_is_not_news()
    {
        var record = new Docs()
            .Para("为推动全民健身发展，现申请项目资金600万元，用于为市民提供优质免费锻炼场所。")
            .Para("1、用于资助体育场馆免费开放，为市民开展体育锻炼提供保障，共300万元。")
            .Para("2、用于扶持体育社会组织，支持市民参与全区性体育活动，共300万元。")
            .Extract();
        Assert.NotEqual("news", record.DocumentKind);
    }

    [Fact]
    public void A_news_lead_opening_on_the_day_of_an_evaluation_visit_is_news()
    {
        var record = new Docs()
            .Para("4月18日，省商务厅委托第三方专家组到达某县，对某县2021年电子商务进农村综合示范项目进行绩效评价。")
            .Para("专家组依照绩效评价指标体系，对项目支出的规范性、经济性、效率性和效益性进行评价，并听取了项目绩效评价汇报。")
            .Extract();
        Assert.Equal("news", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_headline_of_an_act_ended_by_a_dumps_empty_table_cells_is_still_news()
    {
        var record = new Docs()
            .Para("某区财政局积极开展绩效运行监控工作 | ||||||||")
            .Para("为实现全过程预算绩效管理，某区财政局组织各预算单位对2024年1-6月财政支出开展了绩效运行监控，范围包含部门整体支出和项目支出。")
            .Para("本次监控围绕绩效目标，跟踪预算执行情况和绩效目标完成情况。")
            .Extract();
        Assert.Equal("news", record.DocumentKind);
    }

    [Fact]
    public void A_self_evaluation_form_whose_cells_a_document_site_ran_into_one_line_stays_a_report()
    {
        var record = new Docs()
            .Para("《部门整体绩效自评表.docx》由会员分享，可在线阅读。")
            .Para("1、部门整体绩效自评表主管部门某区融媒体中心自评总分(分)97.6部门预算执行情况年初预算数全年预算数全年执行数执行率(%)执行率权重执行率得分(分)76%107.6指标名称年初指标值财政供养人员控制率100%92%100%")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.NotEmpty(record.Projects);
    }
}
