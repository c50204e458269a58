namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A 绩效目标表 read without its header line (the excerpt starts below it): the form plans, so a figure after the
/// target is no result.
/// </summary>
public sealed class HeaderlessTargetFormTests
{
    [Fact]
    public void A_second_figure_in_a_target_form_without_its_header_is_no_actual()
    {
        var project = TextReports.SingleTitled(
            "2025年度乡村道路养护资金绩效目标表",
            "项目名称\t乡村道路养护资金",
            "成本指标\t经济成本指标\t养护资金成本控制率(%)\t反映成本控制情况\t≤\t100%\t100%",
            "产出指标\t质量指标\t养护路段验收合格率(%)\t反映养护质量\t≥\t95%\t90%",
            "^\t时效指标\t按期完工率(%)\t反映养护进度\t≥\t98%\t98%");
        Assert.Equal([100.0, 95.0, 98.0], project.Indicators.Select(i => i.Target!.Value!.Value));
        Assert.All(project.Indicators, i => Assert.Null(i.Actual));
    }

    [Fact]
    public void A_self_evaluation_form_without_its_header_keeps_its_results()
    {
        var project = TextReports.SingleTitled(
            "2025年度乡村道路养护资金绩效自评表",
            "项目名称\t乡村道路养护资金",
            "产出指标\t数量指标\t养护村道里程(公里)\t≥12\t12\t20\t20",
            "^\t质量指标\t养护路段验收合格率(%)\t≥95%\t97%\t20\t20");
        Assert.Equal([12.0, 97.0], project.Indicators.Select(i => i.Actual!.Value!.Value));
    }

    [Fact]
    public void A_target_approval_form_without_its_header_has_no_actual_either()
    {
        var project = TextReports.SingleTitled(
            "2025年度乡村道路养护资金绩效目标审批表",
            "项目名称\t乡村道路养护资金",
            "产出指标\t质量指标\t养护路段验收合格率(%)\t反映养护质量\t≥\t95%\t90%",
            "^\t时效指标\t按期完工率(%)\t反映养护进度\t≥\t98%\t98%");
        Assert.Equal([95.0, 98.0], project.Indicators.Select(i => i.Target!.Value!.Value));
        Assert.All(project.Indicators, i => Assert.Null(i.Actual));
    }
}
