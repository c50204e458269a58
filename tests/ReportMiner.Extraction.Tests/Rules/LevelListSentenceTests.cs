namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Level lists whose sentences carry their own value labels ("…人次数年初指标值为不低于105人，全年实际完成值116人", R288's
/// template) or report a change ("…服务水平有所提高；…社会氛围有所改善").
/// </summary>
public sealed class LevelListSentenceTests
{
    [Fact]
    public void Each_sentence_names_its_measure_before_the_label_of_its_target()
    {
        var project = new Docs()
            .Para("某区2023年度助残补助资金绩效自评报告")
            .Para("项目资金40万元已全部拨付。")
            .Para("(四)绩效指标完成情况分析。")
            .Para("1、产出数量指标:第一,补助困难残疾人人数年初指标值为不低于300人,全年实际完成值320人。第二,发放护理补贴人次数年初指标值为不低于900人,全年实际完成值850人。")
            .Para("2、产出时效指标:补贴发放时间年初指标值为2023年11月底,实际按时发放。")
            .Single();
        var aided = Assert.Single(project.Indicators, i => i.Name == "补助困难残疾人人数");
        Assert.Equal((">=", 300.0, 320.0, true), (aided.Target!.Op, aided.Target.Value, aided.Actual!.Value, aided.Met));
        Assert.Equal("产出数量指标", aided.Level2);
        var care = Assert.Single(project.Indicators, i => i.Name == "发放护理补贴人次数");
        Assert.False(care.Met);
        var timely = Assert.Single(project.Indicators, i => i.Name == "补贴发放时间");
        Assert.Null(timely.Target!.Value);
        Assert.Equal("按时发放", timely.Actual!.Text);
        Assert.DoesNotContain(project.Indicators, i => i.Name.StartsWith('第'));
    }

    [Fact]
    public void Items_that_each_report_a_change_are_indicators_with_that_change()
    {
        var project = new Docs()
            .Para("某区2023年度助残补助资金绩效自评报告")
            .Para("(四)绩效指标完成情况分析。")
            .Para("4、社会效益指标:困难残疾人生活质量有所提高;助残志愿服务氛围明显改善。")
            .Single();
        var life = Assert.Single(project.Indicators, i => i.Name == "困难残疾人生活质量");
        Assert.Equal("有所提高", life.Actual!.Text);
        Assert.Equal("明显改善", Assert.Single(project.Indicators, i => i.Name == "助残志愿服务氛围").Actual!.Text);
    }

    [Fact]
    public void An_item_with_its_value_after_da_keeps_da_out_of_the_name()
    {
        var project = new Docs()
            .Para("某镇2022年度道路项目绩效运行监控报告")
            .Para("一、绩效目标设定情况")
            .Para("1.质量指标:项目验收合格率100%。")
            .Para("2.满意度指标:受益群众满意度达95%。")
            .Single();
        Assert.Equal(95.0, Assert.Single(project.Indicators, i => i.Name == "受益群众满意度").Target!.Value);
    }
}
