using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>
/// A fund's use announcement (现将…使用情况公告如下) tells what the money went to, not how a project performed: it is no
/// report. One that announces a self-evaluation, or holds an assessment's result, stays a report.
/// </summary>
public sealed class FundUseNoticeTests
{
    private static Docs Notice(string announcing, string last) => new Docs()
        .Para("2023年某县老年人助餐项目由省级福利彩票公益金支持实施。按照彩票公益金使用管理有关规定，" + announcing)
        .Para("一、项目名称")
        .Para("2023年某县老年人助餐项目。")
        .Para("二、项目主要内容")
        .Para("为全县60名困难老年人提供助餐服务。")
        .Para("三、资金额度")
        .Para("8万元。")
        .Para("四、项目完成情况")
        .Para(last);

    [Fact]
    public void A_lottery_fund_use_announcement_with_no_assessment_reads_as_other_with_no_project()
    {
        var record = Notice("现将项目资金使用情况公告如下：", "五、项目绩效目标及完成情况").Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void An_announced_self_evaluation_of_a_funds_use_stays_a_report()
    {
        var record = Notice("现将项目资金使用和管理自评报告使用情况公告如下：", "五、项目绩效目标及完成情况").Extract();
        Assert.Equal("performance_report", record.DocumentKind);
    }

    [Fact]
    public void A_use_announcement_that_gives_the_projects_score_stays_a_report()
    {
        var record = Notice("现将项目资金使用情况公告如下：", "五、项目绩效自评得分95分，评价等级为优。").Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.NotEmpty(record.Projects);
    }

    private static Docs Allocation(string announcing) => new Docs()
        .Para("2018年，上级下达某区专项扶贫资金113.5万元，经脱贫攻坚联席会议研究决定，" + announcing)
        .Para("一、资金来源")
        .Para("1.省级专项扶贫资金47万元")
        .Para("2.市级扶贫专项资金66.5万元")
        .Para("二、分配原则")
        .Para("扶贫资金要跟着贫困人口走，用于贫困人口按时脱贫。")
        .Para("三、资金分配情况")
        .Para("某村人行道地面硬化项目20万元，某镇道路建设项目93.5万元，由责任单位另行公告公示。");

    [Fact]
    public void A_funds_allocation_posted_as_a_public_notice_reads_as_other_with_no_project()
    {
        var record = Allocation("现将资金分配使用情况公示如下：").Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_funds_allocation_announced_as_handed_down_reads_as_other()
    {
        var record = Allocation("现将补助资金分配下达情况公告如下：")
            .Table(
                "序号\t项目名称\t补助对象\t补助金额\t资金用途",
                "1\t地膜科学使用回收试点\t市中区\t120万元\t地膜回收",
                "2\t渔业增殖放流\t五通桥区\t35万元\t增殖放流")
            .Extract();
        Assert.Equal("other", record.DocumentKind);
    }

    [Fact]
    public void A_posted_evaluation_of_a_funds_use_stays_a_report()
    {
        var record = Allocation("现将专项扶贫资金绩效自评及使用情况公示如下：").Extract();
        Assert.Equal("performance_report", record.DocumentKind);
    }

    [Fact]
    public void A_funds_allocation_that_lists_its_projects_under_a_serial_column_reads_as_other()
    {
        var record = Allocation("现将资金分配使用情况公示如下：")
            .Table(
                "序号\t项目名称\t建设地点\t投资规模\t责任单位",
                "1\t某村2018年度财政扶贫建设人行道地面硬化项目\t某村\t20万元\t某办事处",
                "2\t某镇道路建设项目\t某镇\t93.5万元\t某镇")
            .Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_use_announcement_above_a_filled_project_form_stays_a_report()
    {
        var record = Allocation("现将资金分配使用情况公示如下：")
            .Table(
                "项目名称\t某镇道路建设项目",
                "主管部门\t某区交通运输局",
                "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值",
                "产出指标\t数量指标\t新建道路长度\t1216米\t1216米")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
    }

    private static Docs PostedPlan(string closing) => new Docs()
        .Para("经县扶贫开发领导小组研究同意，2019年扶贫发展资金产业项目1个，由某乡具体实施，涉及资金60万元。现将项目有关情况公示如下：")
        .Para("扶贫发展资金 产业项目60万元")
        .Para("1.实施地点：某乡某村")
        .Para("2.建设内容：新建蔬菜大棚12座，每座5万元，共计60万元。")
        .Para("3.资金来源及规模：财政专项扶贫资金60万元")
        .Para("4.实施期限：2019年")
        .Para("5.实施单位及责任人：某乡人民政府")
        .Para("6.绩效目标：新建蔬菜大棚12座，受益贫困户40户120人。")
        .Para(closing)
        .Para("某县扶贫开发领导小组办公室")
        .Para("2020年5月27日");

    [Fact]
    public void A_projects_plan_posted_with_a_phone_for_complaints_reads_as_other_with_no_project()
    {
        var record = PostedPlan("监督电话：0909-8222953").Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_projects_plan_posted_with_a_period_for_objections_reads_as_other()
    {
        var record = PostedPlan("公示期限为5个工作日（2023年5月20日至5月26日），如有异议请向县乡村振兴局反映。").Extract();
        Assert.Equal("other", record.DocumentKind);
    }

    [Fact]
    public void A_posted_plan_that_states_the_projects_score_stays_a_report()
    {
        var record = PostedPlan("监督电话：0909-8222953")
            .Para("7.绩效自评：项目自评得分96分，评价等级为优。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
    }

    [Fact]
    public void A_report_that_tells_of_its_supervision_phone_inside_a_sentence_stays_a_report()
    {
        var record = new Docs()
            .Para("某县2023年衔接推进乡村振兴补助资金项目绩效自评报告")
            .Para("一、项目基本情况")
            .Para("项目资金60万元，全部用于新建蔬菜大棚12座。项目严格落实公告公示制度，公布监督电话，接受群众监督。")
            .Para("二、绩效目标完成情况")
            .Para("新建蔬菜大棚12座，带动脱贫户40户增收，资金执行率100%。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
    }
}
