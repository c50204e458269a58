namespace ReportMiner.Extraction.Tests.Rules;

public sealed class AboutTitleIssuerDepartmentTests
{
    [Theory]
    [InlineData("玄马镇关于农村厕所革命建设项目的绩效自评报告", "玄马镇")]
    [InlineData("新田镇人民政府关于2022年度吴冲路和枫树路项目绩效自评情况的报告", "新田镇人民政府")]
    [InlineData("中方县残联关于2022年度残疾人康复项目绩效自评情况的报告", "中方县残联")]
    [InlineData("市交通运输局关于2023年度农村公路养护资金绩效自评情况的报告", "市交通运输局")]
    [InlineData("德化县民政局关于2025年度中央专项彩票公益金支持居家和社区基本养老服务提升行动项目(老年助餐省级补助)绩效自评情况的报告", "德化县民政局")]
    public void The_issuer_before_about_in_a_reports_title_is_its_department(string title, string issuer)
    {
        var project = new Docs()
            .Para(title)
            .Para("一、项目基本情况")
            .Para("该项目年度预算50万元，实际支出48万元。")
            .Single();
        Assert.Equal(issuer, project.Department);
    }

    [Theory]
    [InlineData("某县财政局关于2023年度农村公路养护资金绩效自评情况的报告")]
    [InlineData("某某会计师事务所关于2023年度农村公路养护资金绩效评价的报告")]
    public void A_finance_office_or_a_firm_issuing_the_title_leaves_the_department_empty(string title)
    {
        var project = new Docs()
            .Para(title)
            .Para("一、项目基本情况")
            .Para("该项目年度预算50万元，实际支出48万元。")
            .Single();
        Assert.Null(project.Department);
    }
}
