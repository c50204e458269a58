namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// The older evaluation forms sort their indicators into 产出指标, 成效指标 and 效率指标 (the timeliness of funds and
/// work). 效率指标 opening a row is that row's level, not its name, even where the row's target repeats its name.
/// </summary>
public sealed class OutputEffectEfficiencyLevelTests
{
    [Fact]
    public void A_row_opening_with_efficiency_indicators_takes_it_as_its_level_one()
    {
        var project = TextReports.SingleTitled("项目绩效目标表",
            "项目名称:苗圃建设补助资金",
            "项目指标类型\t绩效指标\t绩效目标\t绩效标准\t优\t良\t中\t差",
            "产出指标\t年育苗数量\t800万株\t800万\t600万\t400万\t200万",
            "成效指标\t林农增收带动",
            "2、的情况\t林农增收带动的情况\t较好\t较好\t好\t一般\t差",
            "林农满意度\t林农满意度\t较好\t较好\t好\t一般\t差",
            "效率指标\t资金按时到位\t资金按时到位率为100%\t100%\t80%-100%\t60%-80%\t<50%");
        Assert.DoesNotContain(project.Indicators, i => i.Name == "效率指标");
        Assert.Equal("效率指标", project.Indicators.Single(i => i.Name == "资金按时到位").Level1);
    }
}
