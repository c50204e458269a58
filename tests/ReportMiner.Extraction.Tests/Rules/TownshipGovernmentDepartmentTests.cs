namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A township's government is the unit that spends and reports on the funds it was given, and a report's prose names it
/// so (R836, R840); a county's government named in prose is the one whose policy is cited, not the department.
/// </summary>
public sealed class TownshipGovernmentDepartmentTests
{
    [Fact]
    public void A_township_government_whose_funds_an_evaluator_evaluates_is_the_department()
    {
        var project = new Docs()
            .Para("乡村振兴专项资金项目绩效评价报告")
            .Para("根据文件要求，受宁远县财政局委托，我所成立绩效评价工作组对宁远县清水镇人民政府2021年乡村振兴专项资金项目进行绩效评价。")
            .Para("一、项目基本情况")
            .Single();
        Assert.Equal("宁远县清水镇人民政府", project.Department);
    }

    [Fact]
    public void A_township_government_stating_the_funds_it_was_given_is_the_department()
    {
        var project = new Docs()
            .Para("一、绩效目标分解下达情况")
            .Para("（一）金寨县清水镇人民政府2023年度下达上级资金转移支付755.19万元。绩效目标设置根据项目实施情况从产出指标、效益指标、满意度指标设置。")
            .Single();
        Assert.Equal("金寨县清水镇人民政府", project.Department);
    }

    [Fact]
    public void A_county_government_whose_policy_is_cited_is_no_department()
    {
        var project = new Docs()
            .Para("乡村振兴专项资金项目绩效评价报告")
            .Para("根据宁远县人民政府关于乡村振兴工作的部署，我所对2021年乡村振兴专项资金项目进行绩效评价。")
            .Single();
        Assert.NotEqual("宁远县人民政府", project.Department);
    }
}
