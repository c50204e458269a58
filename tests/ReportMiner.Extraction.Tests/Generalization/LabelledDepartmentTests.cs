using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>
/// A form's 主管部门 cell may hold a unit whose name ends in no known way (R194 剧团, R191 科, R118 and R004 without
/// 局 or with 本级 after it).
/// </summary>
public sealed class LabelledDepartmentTests
{
    [Fact]
    public void A_place_named_unit_in_the_department_cell_is_the_department_whatever_its_ending()
    {
        var project = new Docs().Para("项目支出绩效自评表（2023年度）")
            .Table("项目名称\t演出设备购置经费", "主管部门\t宁乡市花鼓戏剧团\t实施单位\t宁乡市文化旅游广电局机关").Single();
        Assert.Equal("宁乡市花鼓戏剧团", project.Department);
    }

    [Fact]
    public void A_department_cell_that_names_no_place_and_no_unit_gives_no_department()
    {
        var project = new Docs().Para("项目支出绩效自评表（2023年度）")
            .Table("项目名称\t演出设备购置经费", "主管部门\t财务科室").Single();
        Assert.Null(project.Department);
    }

    [Fact]
    public void A_unit_with_a_known_ending_still_beats_a_place_named_cell_of_another_label()
    {
        var project = new Docs().Para("项目支出绩效自评表（2023年度）")
            .Table("项目名称\t演出设备购置经费", "主管部门\t宁乡市花鼓戏剧团\t实施单位\t宁乡市文化旅游广电局").Single();
        Assert.Equal("宁乡市文化旅游广电局", project.Department);
    }
}
