using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>
/// An article says what it will do ("本文将系统阐述…", "本文提供一份…样例"): its worked example of a target or a form is no
/// report. The cue is a self-lead: a text under a report's own title, or one stating its own result, stays a report.
/// </summary>
public sealed class ArticleSelfReferenceTests
{
    [Fact]
    public void An_article_with_a_worked_target_example_reads_as_other_with_no_project()
    {
        var record = new Docs()
            .Para("引言：预算绩效管理的时代背景与核心挑战")
            .Para("预算绩效管理强调将绩效理念贯穿预算管理全过程，实现预算资金的“花钱必问效、无效必问责”。")
            .Para("本文将系统阐述预算绩效管理的亮点措施，通过具体案例和可操作的实施方案，帮助读者破解预算执行难题。")
            .Para("一、构建“目标引领”的预算编制机制")
            .Para("1.1 科学设定绩效目标")
            .Para("案例：某市交通局年度道路维修项目 绩效目标：“2024年完成市区50条主干道维修，维修后道路平整度达标率≥95%，项目总投资控制在8000万元以内”")
            .Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_titled_report_that_says_what_it_will_set_out_stays_a_report()
    {
        var record = new Docs()
            .Para("某县2021年农村道路养护项目绩效评价报告")
            .Para("本文将从项目决策、过程、产出和效益四个方面对项目进行评价。")
            .Para("一、项目基本情况")
            .Para("2021年某县安排农村道路养护资金500万元，实际支出480万元，预算执行率96%。")
            .Para("养护道路120公里，群众满意度达95%。评价得分92分。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.NotEmpty(record.Projects);
    }

    [Fact]
    public void An_untitled_self_evaluation_opening_on_this_text_stays_a_report_when_it_states_its_result()
    {
        var record = new Docs()
            .Para("根据县财政局《关于开展2023年度项目支出绩效自评工作的通知》要求，本文围绕项目决策、过程、产出和效益四个方面，对我局农村公路养护项目开展绩效自评，现将有关情况报告如下。")
            .Para("一、项目基本情况")
            .Para("2023年农村公路养护项目年初预算安排资金500万元，全年实际支出480万元，预算执行率96%。")
            .Para("二、自评结论")
            .Para("经自评，该项目综合得分92分，评价等级为优。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.NotEmpty(record.Projects);
    }

    [Fact]
    public void An_untitled_evaluation_taking_its_project_as_the_example_stays_a_report_when_it_states_a_score()
    {
        var record = new Docs()
            .Para("本文以农村公路养护项目为例，对项目决策、过程、产出和效益开展绩效自评。")
            .Para("一、项目基本情况")
            .Para("全年养护农村公路120公里，优良路率达到85%，群众满意度达95%。")
            .Para("二、自评结论")
            .Para("经自评，该项目综合得分92分。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.NotEmpty(record.Projects);
    }

    [Fact]
    public void A_sample_text_a_report_follows_is_not_this_text_saying_what_it_will_do()
    {
        var record = new Docs()
            .Para("按照财政局下发的样本文提供的格式，对农村公路养护项目资金使用情况开展绩效自评。")
            .Para("项目绩效目标：全年养护农村公路120公里，项目资金已全部拨付。")
            .Para("群众满意度达95%，绩效目标基本完成。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
    }
}
