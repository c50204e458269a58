using ReportMiner.Extraction.Records;
using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>A service hotline's periodic bulletin ranks the units by how they handled their cases.</summary>
public sealed class HotlineBulletinKindTests
{
    [Fact]
    public void A_hotlines_quarterly_bulletin_on_the_units_handling_rates_reads_as_a_ranking()
    {
        var record = new Docs()
            .Para("2019年三季度12345公众服务热线运行情况通报")
            .Para("各县市区人民政府，市直各单位：")
            .Para("三季度，12345热线共受理市民诉求52310件，同比增加3120件。责任单位共承办工单30120件，办结率99.6%，按期办结率98.9%。")
            .Para("市热线办回访工单2100件，市民答复满意2010件，满意率95.7%。考核等级为A类的责任单位61家。")
            .Extract();
        Assert.Equal("ranking", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_bulletin_titled_below_its_portals_breadcrumb_still_reads_as_a_ranking()
    {
        var record = new Docs()
            .Para("首页 > 政务公开 > 通知公告")
            .Para("12345政府服务热线二月情况通报")
            .Para("一、基本情况")
            .Para("2月，共办理热线工单2495件，交办责任单位2388件，按期办结率98.1%，群众满意率95.3%。")
            .Extract();
        Assert.Equal("ranking", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_self_evaluation_of_a_hotline_project_stays_a_performance_report()
    {
        var record = new Docs()
            .Para("某县12345政务服务热线运行经费项目绩效自评报告")
            .Para("一、项目基本情况")
            .Para("项目年初预算资金120万元，全年执行115万元，预算执行率95.83%。")
            .Para("全年受理群众诉求2.3万件，办结率99.2%，群众满意率96%。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.NotEmpty(record.Projects);
    }

    [Fact]
    public void A_hotline_projects_self_evaluation_that_lists_the_bulletin_among_its_evidence_stays_a_report()
    {
        var record = HotlineSelfEvaluation(
            "四、佐证材料",
            "1.2023年全县12345热线运行情况通报",
            "2.热线话务外包服务合同");
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.NotEmpty(record.Projects);
    }

    [Fact]
    public void A_hotline_projects_self_evaluation_with_a_section_headed_by_the_bulletins_name_stays_a_report()
    {
        var record = new Docs()
            .Para("某县12345政务服务热线运行经费项目绩效自评报告")
            .Para("一、项目基本情况")
            .Para("项目年初预算资金120万元，全年执行115万元，预算执行率95.83%。")
            .Para("二、12345热线运行情况通报")
            .Para("全年受理群众诉求2.3万件，办结率99.2%，群众满意率96%。")
            .Para("三、自评结论")
            .Para("经自评，项目自评得分92分，评价等级为优。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.NotEmpty(record.Projects);
    }

    [Fact]
    public void A_hotline_projects_self_evaluation_that_attaches_the_bulletin_stays_a_report()
    {
        var record = HotlineSelfEvaluation(
            "附件2",
            "2023年全县12345热线运行情况通报");
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.NotEmpty(record.Projects);
    }

    private static DocumentRecord HotlineSelfEvaluation(params string[] tail)
    {
        var docs = new Docs()
            .Para("某县12345政务服务热线运行经费项目绩效自评报告")
            .Para("一、项目基本情况")
            .Para("项目年初预算资金120万元，全年执行115万元，预算执行率95.83%。")
            .Para("二、绩效目标完成情况")
            .Para("全年受理群众诉求2.3万件，办结率99.2%，群众满意率96%。")
            .Para("三、自评结论")
            .Para("经自评，项目自评得分92分，评价等级为优。");
        foreach (var line in tail) docs = docs.Para(line);
        return docs.Extract();
    }
}
