namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A disabled persons' federation (残联, 残疾人联合会) is a budget unit: a title opening with one names the department.</summary>
public sealed class FederationTitleTests
{
    [Fact]
    public void A_title_opening_with_a_county_s_federation_by_its_short_name_names_the_department()
    {
        var project = new Docs()
            .Para("泾县残联中央转移支付2023年度绩效自评报告（残疾人事业发展补助资金）")
            .Para("一、绩效目标分解下达情况")
            .Para("上级下达残疾人事业发展补助资金60万元。")
            .Single();
        Assert.Equal("泾县残联", project.Department);
    }

    [Fact]
    public void A_title_opening_with_a_county_s_federation_by_its_full_name_names_the_department()
    {
        var project = new Docs()
            .Para("泾县残疾人联合会2023年度残疾人康复项目绩效自评报告")
            .Para("一、项目基本情况")
            .Para("本项目预算60万元，已全部支付。")
            .Single();
        Assert.Equal("泾县残疾人联合会", project.Department);
    }
}
