namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>The office a report's title opens with is its department, not the portal's name printed above it.</summary>
public sealed class TitleOfficeBeforePortalNameTests
{
    [Fact]
    public void The_township_the_title_names_beats_the_county_portal_line_above_it()
    {
        var project = new Docs()
            .Para("青神县人民政府")
            .Para("搜索")
            .Para("青神县西龙镇人民政府转移支付2022年度绩效自评报告")
            .Para("一、绩效目标分解下达情况")
            .Para("2022年西龙镇收到上级下达农村综合改革转移支付预算共计30万元，主要用于村级集体经济发展。")
            .Single();
        Assert.Equal("青神县西龙镇人民政府", project.Department);
    }

    [Fact]
    public void A_provincial_department_ending_in_ting_that_opens_the_title_is_the_department()
    {
        var project = new Docs()
            .Para("黑龙江省林业厅2016年林业补助资金绩效评价报告")
            .Para("一、基本情况")
            .Para("中央财政下拨2016年林业补助资金共16项，其中省林业厅共13项。")
            .Single();
        Assert.Equal("黑龙江省林业厅", project.Department);
    }

    [Fact]
    public void A_party_committees_united_front_department_that_opens_the_title_is_the_department()
    {
        var project = new Docs()
            .Para("中共永平县委统战部2023年部门整体支出绩效自评报告")
            .Para("一、部门概况")
            .Para("县委统战部下设办公室等3个内设机构，2023年部门整体支出共计186.5万元。")
            .Single();
        Assert.Equal("中共永平县委统战部", project.Department);
    }

    [Fact]
    public void A_red_cross_society_named_by_its_place_alone_that_opens_the_title_is_the_department()
    {
        var project = new Docs()
            .Para("桃江县红十字会2021年度专项资金绩效评价报告")
            .Para("一、项目基本情况")
            .Para("2021年财政下达红十字事业支出专项资金15万元，主要用于应急救护培训和人道救助。")
            .Single();
        Assert.Equal("桃江县红十字会", project.Department);
    }

    [Fact]
    public void A_party_school_that_opens_the_title_is_the_department_and_names_its_spending()
    {
        var project = new Docs()
            .Para("中共安化县委党校2022年度专项支出绩效评价报告")
            .Para("一、项目基本概况")
            .Para("我单位设4个内设机构，2022年专项支出预算56.2万元，主要用于主体班次教育培训。")
            .Single();
        Assert.Equal("中共安化县委党校", project.Department);
        Assert.Equal("中共安化县委党校专项支出", project.Name);
    }

    [Fact]
    public void A_local_history_research_office_that_opens_the_title_is_the_department()
    {
        var project = new Docs()
            .Para("临湘市史志研究室2022年专项资金绩效自评报告")
            .Para("一、项目基本情况")
            .Para("史志研究室设综合办公室、年鉴编辑部，2022年专项资金主要用于年鉴编纂和党史资料征集。")
            .Single();
        Assert.Equal("临湘市史志研究室", project.Department);
    }
}
