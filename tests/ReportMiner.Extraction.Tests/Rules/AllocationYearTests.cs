namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>The notice that allocates a report's funds ("关于下达2022年…资金预算的通知") names the budget year.</summary>
public sealed class AllocationYearTests
{
    [Fact]
    public void The_year_of_the_allocation_notice_outranks_the_date_the_notice_was_received()
    {
        var project = new Docs()
            .Para("一、绩效目标分解下达情况")
            .Para("1.资金下达情况。2012年6月14日，某省收到《财政部关于下达2022年服务业发展资金预算的通知》，下达中央资金1468万元，用于县域商业建设。")
            .Para("2.绩效目标完成情况。全省共改造乡镇商贸中心35个，完成年度目标。")
            .Single();
        Assert.Equal(2022, project.Year);
    }

    [Fact]
    public void The_year_of_the_allocation_notice_outranks_a_plans_period_cited_before_it()
    {
        var project = new Docs()
            .Para("一、项目决策情况")
            .Para("根据《某省第三期学前教育行动计划实施方案(2017-2020年)》确定的年度目标任务，我县认真做好资金需求编制。")
            .Para("省财政厅《关于下达2019年中小学幼儿园教师国家级培训计划专项资金预算的通知》下达我县资金85万元。")
            .Para("二、绩效自评结论")
            .Para("经自评，项目资金全部拨付到位，自评得分92分，等级为优。")
            .Single();
        Assert.Equal(2019, project.Year);
    }
}
