using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>
/// A self-evaluation report written in prose may date a step of its work without the year ("3月15日，召开启动会") or open a
/// paragraph with 近日/近期: that is no news lead. The news lead is a "lead:" cue, the news genre's form only in a text
/// with no report title or form (a "re:" form line would have won over the report title and dropped the report as news).
/// </summary>
public sealed class NewsLeadProbeTests
{
    [Fact]
    public void A_prose_report_that_dates_one_step_of_its_work_without_a_year_stays_a_report()
    {
        var record = new Docs()
            .Para("某县2021年农村道路养护项目绩效自评报告")
            .Para("一、项目基本情况")
            .Para("2021年某县安排农村道路养护资金500万元，实际支出480万元，预算执行率96%。")
            .Para("二、项目实施情况")
            .Para("3月15日，县交通局召开项目启动会，部署养护工作。")
            .Para("6月30日，项目通过县级验收，养护道路120公里。")
            .Para("三、绩效目标完成情况")
            .Para("养护道路120公里，群众满意度达95%。自评得分92分。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
    }

    [Fact]
    public void A_prose_report_that_opens_a_paragraph_with_jinri_stays_a_report()
    {
        var record = new Docs()
            .Para("某县2021年农村道路养护项目绩效自评报告")
            .Para("近日，县交通局对2021年农村道路养护项目开展了绩效自评。")
            .Para("一、项目基本情况")
            .Para("2021年某县安排农村道路养护资金500万元，实际支出480万元，预算执行率96%。")
            .Para("近期，县交通局组织专人对养护路段进行了抽查。")
            .Para("养护道路120公里，群众满意度达95%。自评得分92分。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
    }
}
