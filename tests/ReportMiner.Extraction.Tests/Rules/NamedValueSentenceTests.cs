namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Self-evaluations without a table that give each indicator a sentence of its own, the measure's name first and
/// its values labelled after it ("…面积：指标值为“约500平方米”，全年实际完成值约620平方米；", "1)…改造数，目标值…，实际完成…").
/// </summary>
public sealed class NamedValueSentenceTests
{
    [Fact]
    public void A_sentence_opening_with_a_name_and_labelling_its_values_is_an_indicator()
    {
        var project = new Docs()
            .Para("某区2021年度公园改造资金绩效自评报告")
            .Para("(三)绩效指标完成情况分析。")
            .Para("绿化改造面积:指标值为“约500平方米”,全年实际完成值约620平方米;")
            .Para("园路验收合格率:指标值为“100%”,全年实际完成值为0,因工程尚在建设工期内;")
            .Para("座椅质量合格率:指标值为“100%”,采购的座椅均为合格产品,完成值为100%;")
            .Single();
        var area = Assert.Single(project.Indicators, i => i.Name == "绿化改造面积");
        Assert.Equal((500.0, 620.0), (area.Target!.Value, area.Actual!.Value));
        var road = Assert.Single(project.Indicators, i => i.Name == "园路验收合格率");
        Assert.False(road.Met);
        Assert.Equal(100.0, Assert.Single(project.Indicators, i => i.Name == "座椅质量合格率").Actual!.Value);
    }

    [Fact]
    public void A_numbered_sentence_takes_its_levels_from_the_headings_above()
    {
        var project = new Docs()
            .Para("某旗2023年残疾人事业发展补助资金项目绩效自评报告")
            .Para("(一)产出指标完成情况")
            .Para("1、数量指标")
            .Para("1)残疾人家庭无障碍改造数,目标值大于等于60户,实际完成64户")
            .Single();
        var homes = Assert.Single(project.Indicators, i => i.Name == "残疾人家庭无障碍改造数");
        Assert.Equal(("产出指标", "数量指标", 60.0, 64.0), (homes.Level1, homes.Level2, homes.Target!.Value, homes.Actual!.Value));
    }

    [Fact]
    public void A_sentence_that_mentions_a_target_after_other_words_names_no_indicator()
    {
        var project = new Docs()
            .Para("某区2021年度公园改造资金绩效自评报告")
            .Para("项目按期开工,各项工作有序推进,年度目标值已基本实现,全年实际完成投资800万元。")
            .Single();
        Assert.DoesNotContain(project.Indicators, i => i.Name.Contains("开工", StringComparison.Ordinal) || i.Name.Contains("推进", StringComparison.Ordinal));
    }
}
