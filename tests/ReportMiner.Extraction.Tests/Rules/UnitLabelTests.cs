namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A score sheet's 单位 cell beside the project's name: the unit, where no other label names one.</summary>
public sealed class UnitLabelTests
{
    [Fact]
    public void A_unit_named_beside_a_bare_unit_label_is_the_department()
    {
        var project = new Docs()
            .Para("2016年度市级财政支出项目绩效再评价评分表")
            .Table("项目名称\t2016年度公共卫生间翻建大修经费\t单位\t苏州市市容市政管理局", "内容\t指标\t权重\t评分结果")
            .Single();
        Assert.Equal("苏州市市容市政管理局", project.Department);
    }

    [Fact]
    public void A_unit_label_giving_a_measure_names_no_department()
    {
        var project = new Docs()
            .Para("2016年度公共卫生间翻建大修经费绩效自评表")
            .Para("单位:万元")
            .Table("项目名称\t公共卫生间翻建大修经费", "预算数\t120")
            .Single();
        Assert.Null(project.Department);
    }
}
