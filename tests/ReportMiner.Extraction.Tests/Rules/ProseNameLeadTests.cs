namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A goal sentence's measure keeps the words of its own name: 工作 and 平均 begin names (工作质量达标率,
/// 平均寄主叶片保存率); only the verbs leading into the measure (实现, 确保, 达到 …) are cut off.
/// </summary>
public sealed class ProseNameLeadTests
{
    private static Docs Report(string goal) => new Docs()
        .Para("2024年度街道办事处部门整体支出绩效自评报告")
        .Para("一、部门基本情况")
        .Para(goal);

    [Fact]
    public void A_goal_rate_that_begins_with_work_keeps_it_in_its_name()
    {
        var project = Report("核心绩效目标：资金支出率≥98%、工作质量达标率≥98%，圆满完成年度重点任务。").Single();
        Assert.Contains(project.Indicators, i => i.Name == "工作质量达标率");
        Assert.DoesNotContain(project.Indicators, i => i.Name == "质量达标率");
    }

    [Fact]
    public void A_goal_rate_that_begins_with_average_keeps_it_after_the_leading_verb()
    {
        var project = Report("绩效目标：防治后实现平均苗木成活率不低于85%，防治率达到上级要求。").Single();
        Assert.Contains(project.Indicators, i => i.Name == "平均苗木成活率");
    }
}
