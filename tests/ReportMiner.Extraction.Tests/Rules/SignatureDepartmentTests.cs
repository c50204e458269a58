namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>The unit whose name stands alone above the date at a report's close signed it.</summary>
public sealed class SignatureDepartmentTests
{
    [Fact]
    public void The_unit_signing_above_the_date_is_the_department()
    {
        var project = new Docs()
            .Para("关于报送2017年部门整体预算绩效评价自评报告的函")
            .Para("省财政厅：")
            .Para("按照要求，四川省林业厅机关服务中心及直属单位开展了2017年部门整体支出绩效自评工作，现将自评报告报送你厅，请审核。")
            .Para("四川省林业厅")
            .Para("2018年7月23日")
            .Single();
        Assert.Equal("四川省林业厅", project.Department);
    }

    [Fact]
    public void A_signature_held_jointly_with_the_finance_office_names_no_department()
    {
        var project = new Docs()
            .Para("2022年某某专项资金绩效自评报告")
            .Para("一、项目基本情况")
            .Para("2022年下达专项资金120万元，资金到位率100%，绩效目标全部完成。")
            .Para("莆田市财政局莆田市林业局")
            .Para("2022年3月1日")
            .Single();
        Assert.NotEqual("莆田市财政局莆田市林业局", project.Department);
    }
}
