namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A unit's self-evaluation summary that gives each project a paragraph "项目一：…", "项目二：…" (R136's shape).</summary>
public sealed class OrdinalProjectSectionsTests
{
    [Fact]
    public void Paragraphs_opening_with_project_one_two_three_are_one_project_each_sharing_the_opening()
    {
        var record = new Docs()
            .Para("某县某镇人民政府开展了2022年度中央对地方转移支付项目绩效自评工作，涉及项目3个，自评结果如下：")
            .Para("项目一：某财农〔2022〕12号某村道路硬化项目，项目全年预算数50万元，执行数50万元，完成预算的100%。")
            .Para("项目二：农村饮水安全维修养护资金，项目全年预算数20万元，执行数18万元，完成预算的90%。")
            .Para("项目三：2022年边民补助，项目全年预算数30万元，执行数30万元，完成预算的100%。")
            .Extract();
        Assert.Equal(["某村道路硬化项目", "农村饮水安全维修养护资金", "2022年边民补助"], record.Projects.Select(p => p.Name));
        Assert.All(record.Projects, p => Assert.Equal(2022, p.Year));
        Assert.All(record.Projects, p => Assert.Equal("self_evaluation", p.ReportKind));
    }

    [Fact]
    public void Ordinal_paragraphs_that_disagree_with_the_stated_project_count_are_not_split()
    {
        var record = new Docs()
            .Para("某县农业农村局2022年度项目支出绩效自评报告，本年度实施项目5个。")
            .Para("项目一：高标准农田建设项目，完成建设面积1万亩。")
            .Para("项目二：农机购置补贴项目，补贴农户300户。")
            .Extract();
        Assert.Single(record.Projects);
    }

    [Fact]
    public void A_single_project_one_line_is_no_list_of_projects()
    {
        var record = new Docs()
            .Para("某县农业农村局2022年度项目支出绩效自评报告")
            .Para("项目一：高标准农田建设项目，完成建设面积1万亩。")
            .Para("三、绩效指标完成情况")
            .Extract();
        Assert.Single(record.Projects);
    }
}
