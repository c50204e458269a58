namespace ReportMiner.Extraction.Tests.Rules;

public sealed class RecurringProjectHeadingTests
{
    [Fact]
    public void A_units_report_walking_through_its_numbered_projects_under_each_section_gives_each_a_project()
    {
        var record = new Docs()
            .Para("某县某镇中心学校2023年项目支出绩效自评报告")
            .Para("一、单位基本情况 某县某镇中心学校是财政全额拨款的事业单位。")
            .Para("二、项目概况（一）农村学校取暖经费：用于冬季教室取暖。（二）校舍维修专项资金：用于教学楼屋面维修。")
            .Para("三、项目绩效目标（一）农村学校取暖经费：保障冬季正常教学。（二）校舍维修专项资金：消除校舍安全隐患。")
            .Extract();
        Assert.Equal(["农村学校取暖经费", "校舍维修专项资金"], record.Projects.Select(p => p.Name));
        Assert.All(record.Projects, p => Assert.Equal("某县某镇中心学校", p.Department));
    }

    [Fact]
    public void Numbered_headings_that_never_recur_are_not_projects()
    {
        var record = new Docs()
            .Para("某县某镇中心学校2023年项目支出绩效自评报告")
            .Para("二、项目概况（一）农村学校取暖经费：用于冬季教室取暖。（二）校舍维修专项资金：用于教学楼屋面维修。")
            .Para("三、项目绩效目标 保障冬季正常教学，消除校舍安全隐患。")
            .Extract();
        Assert.Single(record.Projects);
    }

    [Fact]
    public void A_named_projects_parts_listed_under_two_sections_stay_one_project()
    {
        var record = new Docs()
            .Para("某县高标准农田建设项目2023年度绩效自评报告")
            .Para("一、项目概况（一）田间道路工程：新建道路8公里。（二）灌溉渠道工程：新建渠道5公里。")
            .Para("二、绩效目标完成情况（一）田间道路工程：完成道路8公里。（二）灌溉渠道工程：完成渠道5公里。")
            .Extract();
        Assert.Single(record.Projects);
    }
}
