namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>The national form and report of a central transfer payment's regional self-evaluation.</summary>
public sealed class TransferPaymentFormTests
{
    [Fact]
    public void The_transfer_payment_name_cell_names_the_project()
    {
        var project = new Docs()
            .Para("中央对地方转移支付区域绩效目标自评表")
            .Table(
                "转移支付(项目)名称\t2023年畜牧良种推广补助资金",
                "中央主管部门\t农业农村部",
                "地方主管部门\t某某县农业农村局")
            .Single();
        Assert.Equal("2023年畜牧良种推广补助资金", project.Name);
    }

    [Fact]
    public void A_report_in_the_regional_self_evaluation_template_is_a_self_evaluation_without_saying_so()
    {
        var project = new Docs()
            .Para("一、绩效目标分解下达情况")
            .Para("（一）中央下达转移支付预算和绩效目标情况。2023年下达畜牧良种推广补助资金共计120万元。")
            .Para("二、绩效目标完成情况分析")
            .Single();
        Assert.Equal("self_evaluation", project.ReportKind);
    }

    [Fact]
    public void A_notice_of_how_far_the_targets_were_reached_is_a_self_evaluation()
    {
        var project = new Docs()
            .Para("现将某县2022年度乡村道路养护资金绩效完成情况公示如下：")
            .Para("一、2022年度绩效目标")
            .Para("下达资金共计60万元，养护道路12公里。")
            .Single();
        Assert.Equal("self_evaluation", project.ReportKind);
    }

    [Fact]
    public void A_monitoring_report_that_tells_how_far_its_targets_were_reached_stays_a_monitoring_report()
    {
        var project = new Docs()
            .Para("一、项目绩效运行监控情况")
            .Para("二、绩效目标完成情况")
            .Para("下达资金共计60万元，已支付30万元。")
            .Single();
        Assert.Equal("monitoring", project.ReportKind);
    }

    [Fact]
    public void A_monitoring_report_in_the_same_template_stays_a_monitoring_report()
    {
        var project = new Docs()
            .Para("某镇道路硬化项目绩效运行监控报告")
            .Para("一、绩效目标分解下达情况")
            .Para("2023年下达资金共计40万元。")
            .Single();
        Assert.Equal("monitoring", project.ReportKind);
    }
}
