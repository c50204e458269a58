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
}
