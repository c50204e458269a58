using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>
/// A report its own unit writes calls the unit by its ending (我站, 我所, 我委: R022, R172, R324); the place-named unit of
/// the prose that ends so is the department, whatever the ending.
/// </summary>
public sealed class SpeakingUnitTests
{
    [Fact]
    public void A_unit_speaking_as_我所_is_the_institute_its_prose_names()
    {
        var project = new Docs().Para("动物防疫经费项目绩效自评报告").Para("一、项目基本情况")
            .Para("曲靖市麒麟区动物卫生监督所承担全区动物检疫任务。")
            .Para("我所高度重视，及时组织开展自评工作，项目资金80万元已全部支付。").Single();
        Assert.Equal("曲靖市麒麟区动物卫生监督所", project.Department);
    }

    [Fact]
    public void A_party_committee_named_before_我委_is_not_the_speaking_unit()
    {
        var project = new Docs().Para("协作经费项目绩效自评报告").Para("一、项目基本情况")
            .Para("根据中共湖南省委工作要求，我委高度重视，项目资金80万元已全部支付。").Single();
        Assert.Null(project.Department);
    }

    [Fact]
    public void A_form_labelled_主管预算部门_names_the_department()
    {
        var project = new Docs().Table("项目名称\t城区绿化养护项目", "主管预算部门\t长沙市天心区城市管理局").Single();
        Assert.Equal("长沙市天心区城市管理局", project.Department);
    }

    [Fact]
    public void A_stamp_note_on_a_label_above_the_title_is_no_part_of_the_unit()
    {
        var project = new Docs().Para("单位（盖章）：宁乡市交通运输局").Para("2023年度农村公路养护项目绩效自评报告")
            .Para("一、项目基本情况").Para("本项目年度预算资金80万元，实际支出76万元。").Single();
        Assert.Equal("宁乡市交通运输局", project.Department);
    }
}
