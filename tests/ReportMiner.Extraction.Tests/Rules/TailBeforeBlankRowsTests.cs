namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A name that wrapped onto a line of its own right before the blank rows and lone level labels a form prints for a
/// group nobody filled in ("时效指标" with nothing beside it): the rows after them are still read under the header.
/// </summary>
public sealed class TailBeforeBlankRowsTests
{
    [Fact]
    public void Rows_after_a_wrapped_tail_and_an_empty_group_keep_their_columns()
    {
        var project = TextReports.Single(
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因",
            "产出指标\t质量指标\t窗口服务日常考\t100%\t100%\t10\t10\t",
            "核结果",
            "\t\t\t\t\t",
            "时效指标\t\t\t\t\t\t",
            "\t\t\t\t\t",
            "\t\t\t\t\t",
            "成本指标\t场馆运行维护费\t150万\t150万\t10\t10\t",
            "\t\t\t\t\t",
            "\t\t\t\t\t",
            "效益指标\t社会效益指标\t群众办事便利度\t提升\t提升\t10\t9\t");
        var cost = Assert.Single(project.Indicators, i => i.Name == "场馆运行维护费");
        Assert.Equal(("成本指标", "150万", 10.0), (cost.Level2, cost.Target?.Text, cost.Weight));
        Assert.Contains(project.Indicators, i => i.Name == "窗口服务日常考核结果");
        Assert.Contains(project.Indicators, i => i.Name == "群众办事便利度" && i.Score == 9);
    }
}
