namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A unit's report on all its projects describes each in a numbered paragraph of its overview, with its money.</summary>
public sealed class UnitReportProjectParagraphTests
{
    [Fact]
    public void Numbered_project_paragraphs_with_money_in_a_units_report_are_projects_of_their_own()
    {
        var record = new Docs()
            .Para("勐海县勐遮镇人民政府2022年度项目支出绩效单位自评报告")
            .Para("一、基本情况")
            .Para("(一)项目概况")
            .Para("1.2022年村庄道路硬化建设项目,项目实施改善群众出行条件。安排资金120万元,目前已拨付100万元。")
            .Para("2.2022年农田灌溉沟渠修缮项目,通过项目实施提升灌溉条件。安排资金45.5万元,目前已拨付45.5万元。")
            .Extract();
        Assert.Equal(2, record.Projects.Count);
        Assert.All(record.Projects, p => Assert.Equal("勐海县勐遮镇人民政府", p.Department));
        Assert.Contains(record.Projects, p => p.Name!.EndsWith("农田灌溉沟渠修缮项目", StringComparison.Ordinal));
    }

    [Fact]
    public void Numbered_paragraphs_under_one_projects_title_stay_parts_of_that_project()
    {
        var record = new Docs()
            .Para("勐海县2022年度乡村振兴衔接资金项目绩效自评报告")
            .Para("(一)项目概况")
            .Para("1.2022年村庄道路硬化建设项目,项目实施改善群众出行条件。安排资金120万元,目前已拨付100万元。")
            .Para("2.2022年农田灌溉沟渠修缮项目,通过项目实施提升灌溉条件。安排资金45.5万元,目前已拨付45.5万元。")
            .Extract();
        Assert.Single(record.Projects);
    }

    [Fact]
    public void Numbered_paragraphs_that_label_their_project_names_in_a_units_report_are_projects_of_their_own()
    {
        var record = new Docs()
            .Para("某州开发区管理委员会2022年度项目支出绩效单位自评报告")
            .Para("一、基本情况")
            .Para("1.项目名称:开发区园区运行保障经费,主要用于园区物业和安保开支;实施主体:开发区管委会,预算数150万元。")
            .Para("2.项目名称:开发区信息平台运维专项资金,主要用于平台机房设备维护;实施主体:开发区管委会,预算数80万元。")
            .Extract();
        Assert.Equal(2, record.Projects.Count);
        Assert.Contains(record.Projects, p => p.Name == "开发区信息平台运维专项资金");
    }

    [Fact]
    public void A_party_departments_report_naming_its_projects_by_their_funds_gives_each_a_project()
    {
        var record = new Docs()
            .Para("中共某县委组织部2024年度项目支出绩效评价报告")
            .Para("一、项目基本情况")
            .Para("1.党员教育培训专项。主要用于全县党员集中轮训和远程教育。安排经费20万元。")
            .Para("2.人才引进工作经费。主要用于引进急需紧缺人才的补贴。安排经费35万元。")
            .Extract();
        Assert.Equal(2, record.Projects.Count);
        Assert.Contains(record.Projects, p => p.Name == "人才引进工作经费");
    }
}
