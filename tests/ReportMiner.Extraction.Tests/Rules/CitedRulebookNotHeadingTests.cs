namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A basis list's line citing a rulebook (《…绩效评价管理办法》) is not a heading naming the report's kind.</summary>
public sealed class CitedRulebookNotHeadingTests
{
    [Fact]
    public void A_cited_evaluation_rulebook_does_not_make_a_self_evaluation_an_evaluation()
    {
        var project = new Docs()
            .Para("为加强农业产业发展专项资金管理，提高财政资金使用效益，根据市财政局有关要求，我局开展了2022年度农业产业发展专项资金绩效自评。现将有关情况报告如下。")
            .Para("一、评价依据")
            .Para("1.《中华人民共和国预算法》")
            .Para("2.财政部《项目支出绩效评价管理办法》(财预〔2020〕10号)")
            .Para("二、评价对象")
            .Para("本次评价对象为农业产业发展专项资金500万元，共支持项目12个，资金已全部拨付到位。")
            .Single();
        Assert.Equal("self_evaluation", project.ReportKind);
    }

    [Fact]
    public void A_cited_notice_ordering_a_self_evaluation_still_names_the_kind()
    {
        var project = new Docs()
            .Para("一、评价依据")
            .Para("《关于开展项目绩效自评工作的通知》")
            .Para("二、项目概况")
            .Para("本项目年度预算资金500万元，全部用于农业产业发展，资金已全部拨付到位。")
            .Single();
        Assert.Equal("self_evaluation", project.ReportKind);
    }
}
