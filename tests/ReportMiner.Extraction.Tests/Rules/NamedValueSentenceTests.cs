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

    [Theory]
    [InlineData("残疾人家庭无障碍改造数,目标值大于等于60户,实际完成64户。残疾人家庭无障碍改造验收合格率,目标值100%,实际完成100%。")]
    [InlineData("养老金领取人数年初任务数1000人,全年完成值1020人。养老金领取人数占比年初任务数90%,全年完成值95%。")]
    public void Each_indicator_quotes_its_own_sentence_though_the_sentence_before_opens_with_the_same_words(string paragraph)
    {
        var project = new Docs()
            .Para("某旗2023年残疾人事业发展补助资金项目绩效自评报告")
            .Para("(一)产出指标完成情况")
            .Para(paragraph)
            .Single();
        Assert.Equal(2, project.Indicators.Count);
        var sentences = paragraph.Split('。', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(sentences.Select(s => s + "。"), project.Indicators.Select(i => i.Source!.Snippet));
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

    [Fact]
    public void A_target_label_glued_to_the_name_with_a_labelled_actual_after_it_gives_an_indicator_under_a_bare_level_heading()
    {
        var project = new Docs()
            .Para("某旗2022年城乡居民基本养老保险补助经费绩效自评报告")
            .Para("(四)绩效指标完成情况分析。")
            .Para("1.产出指标。")
            .Para("数量指标。养老金领取人数全年平均数年初任务数101974人,全年完成值103119人;全年缴费人数年初任务数216786人,全年完成值201201人。")
            .Single();
        var paid = Assert.Single(project.Indicators, i => i.Name == "养老金领取人数全年平均数");
        Assert.Equal(("产出指标", "数量指标", 101974.0, 103119.0, true), (paid.Level1, paid.Level2, paid.Target!.Value, paid.Actual!.Value, paid.Met));
        var payers = Assert.Single(project.Indicators, i => i.Name == "全年缴费人数");
        Assert.False(payers.Met);
    }

    [Fact]
    public void Glued_labels_run_together_in_one_sentence_give_one_indicator_each_and_a_heading_run_into_the_name_is_no_part_of_it()
    {
        var project = new Docs()
            .Para("某区优抚对象生活补助经费转移支付2023年度绩效自评报告")
            .Para("(四)绩效指标完成情况分析")
            .Para("3.时效指标。优抚对象生活补助金每月中旬发放指标为100%实际完成值为100%义务兵家庭优待金每年3月、9月份发放指标为100%实际完成值为100%")
            .Para("4.成本指标国家规定标准发放指标为100%实际完成值为100%")
            .Single();
        Assert.Equal(("产出指标", "时效指标"), Assert.Single(project.Indicators, i => i.Name == "优抚对象生活补助金每月中旬发放") is var monthly ? (monthly.Level1, monthly.Level2) : default);
        Assert.Single(project.Indicators, i => i.Name == "义务兵家庭优待金每年3月、9月份发放");
        Assert.Equal("成本指标", Assert.Single(project.Indicators, i => i.Name == "国家规定标准发放").Level2);
    }

    [Fact]
    public void A_glued_target_label_without_an_actual_label_is_money_not_an_indicator()
    {
        var project = new Docs()
            .Para("某市城建档案馆2022年度项目支出绩效监控报告")
            .Para("1、档案保护保管专项经费指标为36万元,用于对现有档案进行安全有效的保护保管;")
            .Para("2、档案装具专项指标为12万元,用于声像档案拍摄及纸质档案整理;")
            .Single();
        Assert.DoesNotContain(project.Indicators, i => i.Name.Contains("档案", StringComparison.Ordinal));
    }

    [Fact]
    public void Table_cells_run_together_before_glued_labels_are_no_name()
    {
        var project = new Docs()
            .Para("某市2016年度公厕改造项目绩效评价报告")
            .Para("产出 翻改建公共卫生间 7.00 7.00 大修环卫工人休息点 7.00 0.00 目标值 2 座,完成值 9 座 公共卫生间除臭系统改造 7.00 5.92")
            .Single();
        Assert.DoesNotContain(project.Indicators, i => i.Name.Contains("7.00", StringComparison.Ordinal));
    }
}
