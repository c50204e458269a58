namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>Some provinces print 效果指标 where the national framework says 效益指标: it is a level-1 label all the same.</summary>
public sealed class EffectLevelLabelTests
{
    [Fact]
    public void Rows_under_an_effect_level_1_label_are_read_without_their_header()
    {
        var project = TextReports.Single(
            "效果指标\t社会效益指标\t困难群众补助发放率\t≥95%\t100%\t30\t30",
            "满意度指标\t服务对象满意度指标\t受助群众满意度\t≥90%\t96%\t10\t10");
        var first = project.Indicators[0];
        Assert.Equal("困难群众补助发放率", first.Name);
        Assert.Equal(("效果指标", "社会效益指标"), (first.Level1, first.Level2));
        Assert.Equal(30.0, first.Weight);
        Assert.Equal(2, project.Indicators.Count);
    }
}
