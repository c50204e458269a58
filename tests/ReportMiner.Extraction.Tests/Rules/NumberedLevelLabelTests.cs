namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Prose reports number their level-2 labels ("1、数量指标：…", "2、产出质量指标:…"; R287, R288, R290's kind): the
/// 、 after a list number opens the label's list, unlike a 、 inside an enumeration of labels.
/// </summary>
public sealed class NumberedLevelLabelTests
{
    [Fact]
    public void A_level_label_after_a_list_number_lists_its_indicators()
    {
        var project = new Docs()
            .Para("某学院助学补助资金项目绩效自评报告")
            .Para("项目资金95.8万元已全部拨付。")
            .Para("三、绩效目标")
            .Para("1、数量指标:资助困难学生196人。")
            .Para("2、质量指标:补助发放准确率100%。")
            .Single();
        var students = Assert.Single(project.Indicators, i => i.Name == "资助困难学生");
        Assert.Equal(196.0, students.Target!.Value);
        Assert.Equal("数量指标", students.Level2);
        Assert.Single(project.Indicators, i => i.Name == "补助发放准确率");
    }

    [Fact]
    public void Level_labels_enumerated_in_a_sentence_still_head_no_list()
    {
        var project = new Docs()
            .Para("某学院助学补助资金项目绩效自评报告")
            .Para("本项目设产出指标、质量指标,效益指标下分社会效益指标。")
            .Single();
        Assert.DoesNotContain(project.Indicators, i => i.Level2 == "质量指标");
    }
}

/// <summary>Items of a level list: a rate "达标" at a percentage is valued; list ordinals and value labels are no names.</summary>
public sealed class LevelListItemTests
{
    [Fact]
    public void A_rate_reached_at_a_percentage_is_valued_and_ordinals_and_value_labels_are_not_indicators()
    {
        var project = new Docs()
            .Para("某县助残补助资金项目绩效自评报告")
            .Para("项目资金20万元已全部拨付。")
            .Para("三、绩效目标")
            .Para("1、时效指标:补助发放及时率100%达标,补助资金到位率100%达标。")
            .Para("2、数量指标:第一,年度补助人数200人,全年实际完成值210人。")
            .Single();
        var timely = Assert.Single(project.Indicators, i => i.Name == "补助发放及时率");
        Assert.Equal(100.0, timely.Target!.Value);
        Assert.Single(project.Indicators, i => i.Name == "补助资金到位率");
        Assert.DoesNotContain(project.Indicators, i => i.Name is "第一" or "全年实际完成值");
    }
}
