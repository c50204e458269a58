namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A short line closed by a full stop is a sentence cut from its paragraph, not a section heading naming the kind.</summary>
public sealed class SentenceNotHeadingTests
{
    [Fact]
    public void A_short_sentence_naming_a_target_form_does_not_make_a_self_evaluation_a_target_form()
    {
        var project = new Docs()
            .Para("一、项目决策情况(10分)")
            .Para("(一)项目立项(7分):")
            .Para("(1)立项依据充分性(2分):")
            .Para("项目符合国家教师队伍建设规划，与县级教育事业发展规划相衔接，得2分。")
            .Para("(2)立项程序规范性(2分):")
            .Para("项目按规定程序申请设立，审批文件、材料齐全，得2分。")
            .Para("(3)项目绩效目标设立(3分):")
            .Para("我县根据项目年度实施规划，科学合理设立绩效目标，绩效目标与年度实施规划目标任务一致，自评得3分。")
            .Para("设立教师培训专项资金区域绩效目标表。")
            .Para("(二)资金落实(6分):")
            .Para("今年我县教师培训项目资金85万元已全部落实到位，资金到位率和及时率达100%，自评得6分。")
            .Single();
        Assert.Equal("self_evaluation", project.ReportKind);
    }
}
