namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A report introduces its own unit once by its full name with the short name it then uses (以下简称).</summary>
public sealed class IntroducedOfficeTests
{
    [Fact]
    public void An_office_introduced_with_its_short_name_is_the_department_even_without_its_places_level()
    {
        var project = new Docs()
            .Para("2019年度残疾人康复项目绩效自评报告")
            .Para("按照省财政厅有关通知的规定，湖南残疾人联合会（以下简称“省残联”）成立绩效自评工作专班，对残疾人康复项目开展自评。")
            .Para("省残联高度重视，认真组织。")
            .Single();
        Assert.Equal("湖南残疾人联合会", project.Department);
    }

    [Fact]
    public void A_finance_office_introduced_with_its_short_name_commissioned_the_work_and_is_no_department()
    {
        var project = new Docs()
            .Para("2019年度残疾人康复项目绩效评价报告")
            .Para("受湖南财政厅（以下简称“省财政厅”）委托，我公司对残疾人康复项目开展绩效评价。")
            .Single();
        Assert.NotEqual("湖南财政厅", project.Department);
    }
}
