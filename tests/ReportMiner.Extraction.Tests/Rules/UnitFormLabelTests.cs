namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>How a unit's own form labels the unit: 单位负责人 beside it, 预算部门、单位名称 over it.</summary>
public sealed class UnitFormLabelTests
{
    [Fact]
    public void A_unit_head_label_after_the_unit_name_is_no_part_of_the_name()
    {
        var project = new Docs()
            .Para("2021年部门整体绩效目标自评表")
            .Para("单位名称\t某某区林业委员会\t单位负责人及电话\t张某\t139****0000")
            .Para("年度预算执行情况")
            .Single();
        Assert.Equal("某某区林业委员会", project.Department);
    }

    [Fact]
    public void A_department_label_written_with_its_unit_after_a_pause_mark_names_the_department()
    {
        var project = new Docs()
            .Para("2023年度部门整体支出绩效自评表")
            .Table(
                "预算部门、单位名称\t衡山县某某乡人民政府",
                "年度资金总额\t861.10")
            .Single();
        Assert.Equal("衡山县某某乡人民政府", project.Department);
    }
}
