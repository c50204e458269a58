using ReportMiner.Extraction.Projects;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// What a copied web page or a wrapped form puts around a report's title and fields: metadata labels, a site's name,
/// a breadcrumb, a column heading cut by its cell. None of it is the project's name or its department.
/// </summary>
public sealed class PortalNoiseAroundTitleTests
{
    [Fact]
    public void A_metadata_field_repeating_the_title_leaves_its_label_out_of_the_name()
    {
        var project = new Docs()
            .Para("概述:锡林郭勒盟城乡居民基本养老保险补助资金2022年度绩效自评报告")
            .Para("一、绩效目标分解下达情况")
            .Para("2022年城乡居民基本养老保险补助经费预算数30075万元。")
            .Single();
        Assert.Equal("锡林郭勒盟城乡居民基本养老保险补助资金", project.Name);
    }

    [Fact]
    public void A_site_name_set_off_by_a_bracket_before_the_title_is_no_part_of_the_name()
    {
        var project = new Docs()
            .Para("某某城中心_某某网-【某某官网平台】2022年度中央财政林业改革发展资金转移支付绩效自评报告")
            .Para("一、绩效目标分解下达情况")
            .Para("2022年下达中央财政林业改革发展资金500万元。")
            .Single();
        Assert.Equal("中央财政林业改革发展资金", project.Name);
    }

    [Fact]
    public void A_bracket_after_the_titles_year_is_part_of_the_name_not_a_site_name()
    {
        var project = new Docs()
            .Para("2023年【乡村振兴】衔接资金项目绩效自评报告")
            .Para("一、绩效目标分解下达情况")
            .Para("2023年下达衔接资金500万元。")
            .Single();
        Assert.Contains("乡村振兴", project.Name);
    }

    [Fact]
    public void This_project_followed_by_what_it_is_names_no_project()
    {
        var project = new Docs()
            .Para("财政预算项目事前绩效评审专家组综合评价报告表")
            .Para("该项目属延续性民生项目，具有不可替代性。")
            .Single();
        Assert.NotEqual("项目属延续性民生项目", project.Name);
    }

    [Fact]
    public void A_table_cell_wrapped_after_the_word_that_follows_a_name_is_no_paragraph_naming_the_project()
    {
        var project = new Docs()
            .Para("2020年度项目绩效自评报告")
            .Para("立项建议申报项目的总体定性评价，包括审核项目立项依据、项目不可替代性。")
            .Para("专家组建议项目是")
            .Para("否立项等。")
            .Para("项目预算资金93万元，全年执行93万元。")
            .Single();
        Assert.NotEqual("专家组建议项目", project.Name);
    }

    [Theory]
    [InlineData("省级业务主管部门")]
    [InlineData("省级业务主管部")]
    [InlineData("县级主管部门")]
    public void A_department_heading_with_its_level_or_cut_by_its_cell_is_a_heading(string heading) =>
        Assert.True(DepartmentRule.IsLabelHeading(heading));

    [Fact]
    public void A_listings_department_heading_cut_by_its_cell_is_no_project_name()
    {
        var record = new Docs()
            .Para("2023年度省级财政专项资金绩效评价结果")
            .Table("资金名称\t省级业务主管部", "教育发展专项资金\t省教育厅")
            .Extract();
        Assert.DoesNotContain(record.Projects, p => p.Name == "省级业务主管部");
    }

    [Theory]
    [InlineData("教育发展专项资金")]
    [InlineData("主管")]
    public void A_name_is_no_department_heading(string name) =>
        Assert.False(DepartmentRule.IsLabelHeading(name));

    [Fact]
    public void A_title_whose_last_character_was_lost_into_the_cover_leaves_the_office_its_own_name()
    {
        var project = new Docs()
            .Para("1、江西省省级公共文化专项资金专项转移支付2021年度绩效自评报江西省体育局二O二二年三月序号各设区市名称全年预算数全年执行数预算执行率")
            .Para("一、绩效目标分解下达情况")
            .Single();
        Assert.Equal("江西省体育局", project.Department);
    }

    [Fact]
    public void A_firms_branch_office_signing_a_third_party_report_is_not_the_department()
    {
        var project = new Docs()
            .Para("通许县2023年农村危房改造项目")
            .Para("绩效评价报告")
            .Para("河南分所")
            .Para("评价报告时间:2024年12月")
            .Para("农村危房改造是解决农村困难群众住房安全问题的重大民生工程。")
            .Single();
        Assert.NotEqual("河南分所", project.Department);
    }

    [Fact]
    public void A_portal_breadcrumb_naming_a_placed_unit_beats_the_portal_owner_printed_on_top()
    {
        var project = new Docs()
            .Para("牟定县人民政府")
            .Para("首页 >> 部门信息公开 >> 牟定县交通运输局 >> 正文")
            .Para("牟定县2020年第一批公路安全生命防护工程绩效自评报告")
            .Para("一、绩效目标分解下达情况")
            .Para("2020年第一批公路安全生命防护工程下达资金120万元。")
            .Single();
        Assert.Equal("牟定县交通运输局", project.Department);
    }

    [Fact]
    public void A_breadcrumb_naming_the_county_government_leaves_the_department_to_the_report()
    {
        var project = new Docs()
            .Para("首页 >> 牟定县人民政府 >> 政务公开 >> 正文")
            .Para("牟定县2020年第一批公路安全生命防护工程绩效自评报告")
            .Para("一、绩效目标分解下达情况")
            .Para("牟定县交通运输局对2020年第一批公路安全生命防护工程开展了绩效自评。")
            .Single();
        Assert.NotEqual("牟定县人民政府", project.Department);
    }
}
