using ReportMiner.Extraction.Projects;

namespace ReportMiner.Extraction.Tests.Rules;

public sealed class RunTogetherFormTests
{
    [Fact]
    public void A_form_whose_cells_a_document_site_ran_together_gives_the_project_name_and_department()
    {
        var record = new Docs()
            .Para("项目支出绩效自评表.doc")
            .Para("1、项目支出绩效自评表(2019年度) 项目名称社区垃圾分类宣传经费主管部门及代码某区城市管理委员会实施单位:某区环境卫生服务中心项目资金(万元) 年初预算数(A)全年执行数(B)")
            .Extract();
        var project = Assert.Single(record.Projects);
        Assert.Equal("社区垃圾分类宣传经费", project.Name);
        Assert.Equal("某区城市管理委员会", project.Department);
    }

    [Fact]
    public void A_whole_department_target_form_flattened_to_one_line_is_named_by_its_unit()
    {
        var record = new Docs()
            .Para("部门整体支出绩效目标表")
            .Para("部门(单位)名称 某市地方志研究室 部门预算编码 901002")
            .Extract();
        var project = Assert.Single(record.Projects);
        Assert.Contains("某市地方志研究室", project.Name);
        Assert.Equal("某市地方志研究室", project.Department);
    }

    [Fact]
    public void A_flattened_target_form_of_a_peoples_organisation_gives_its_name_as_the_department()
    {
        var record = new Docs()
            .Para("附件2 残疾人康复补助资金区域绩效目标表 ( 2020 年度) 专项名称 残疾人康复补助资金 主管部门 市残联 资金额度 300 万 年度总体目标 目标1:为残疾儿童提供康复救助。")
            .Extract();
        var project = Assert.Single(record.Projects);
        Assert.Equal("残疾人康复补助资金", project.Name);
        Assert.Equal("市残联", project.Department);
    }

    [Fact]
    public void Prose_that_names_form_labels_in_a_list_is_not_a_form()
    {
        Assert.Empty(RunTogetherFields.Split("项目基本信息包括项目名称、立项依据、实施周期、主管部门等信息"));
    }
}
