namespace ReportMiner.Extraction.Tests.Rules;

public sealed class PublisherLineTests
{
    [Fact]
    public void A_county_government_line_stays_the_department_when_the_city_government_published_the_page()
    {
        var project = new Docs()
            .Para("泾县人民政府")
            .Para("索引号 11341800/2022-00123 发布机构 宣城市人民政府")
            .Para("公开目录 绩效评价 发布日期 2022-07-15")
            .Para("2021年小型水库除险加固项目绩效自评报告")
            .Para("一、项目基本情况")
            .Para("本项目批复资金45万元，已全部完成支付。")
            .Single();
        Assert.Equal("泾县人民政府", project.Department);
    }

    [Fact]
    public void A_publisher_field_glued_to_the_index_number_before_it_still_names_the_department()
    {
        var project = new Docs()
            .Para("索引号11341823MB0000000X/2023-0308001发布机构泾县水利局")
            .Para("公开目录绩效评价发布日期2023-03-08")
            .Para("2022年小型水库除险加固项目自评报告")
            .Para("一、项目基本情况")
            .Para("我局本项目批复资金45万元，已全部完成支付。")
            .Single();
        Assert.Equal("泾县水利局", project.Department);
    }

    [Fact]
    public void A_publisher_field_glued_to_the_next_field_ends_where_that_field_s_label_begins()
    {
        var project = new Docs()
            .Para("发布机构泾县水利局责任部门泾县水利局关键字小型水库")
            .Para("2022年小型水库除险加固项目自评报告")
            .Para("一、项目基本情况")
            .Para("本项目批复资金45万元，已全部完成支付。")
            .Single();
        Assert.Equal("泾县水利局", project.Department);
    }

    [Fact]
    public void A_government_portal_name_above_the_page_gives_way_to_the_publisher_its_metadata_names()
    {
        var project = new Docs()
            .Para("泾县人民政府")
            .Para("索引号 11341823/2022-00123 发布机构 泾县水利局")
            .Para("公开目录 绩效评价 发布日期 2022-07-15")
            .Para("泾县2021年小型水库除险加固项目绩效自评报告")
            .Para("一、项目基本情况")
            .Para("本项目批复资金45万元，已全部完成支付。")
            .Single();
        Assert.Equal("泾县水利局", project.Department);
    }

    [Fact]
    public void A_government_line_above_the_page_stays_the_department_when_the_finance_office_published_it()
    {
        var project = new Docs()
            .Para("泾县人民政府")
            .Para("索引号 11341823/2022-00123 发布机构 泾县财政局")
            .Para("公开目录 绩效评价 发布日期 2022-07-15")
            .Para("泾县2021年小型水库除险加固项目绩效自评报告")
            .Para("一、项目基本情况")
            .Para("本项目批复资金45万元，已全部完成支付。")
            .Single();
        Assert.Equal("泾县人民政府", project.Department);
    }

    [Fact]
    public void A_source_field_followed_by_other_fields_on_its_line_still_names_the_department()
    {
        var project = new Docs()
            .Para("您现在位置: 首页 > 专题专栏 > 民生工程")
            .Para("泾县2021年小型水库除险加固项目绩效自评报告")
            .Para("发布时间:2022-02-11 11:23 来源:泾县水利局 浏览:")
            .Para("一、概述")
            .Para("本项目批复资金45万元，已全部完成支付。")
            .Single();
        Assert.Equal("泾县水利局", project.Department);
    }

    [Fact]
    public void A_metadata_row_written_between_bars_names_the_publisher_as_department()
    {
        var project = new Docs()
            .Para("索引号 | 11430124MB00000000/2023-00012 | 发布机构 | 宁乡市农业农村局 |")
            .Para("公开目录 | 部门预算 | 发布日期 | 2023-06-30 |")
            .Para("2022年度耕地地力保护补贴项目绩效自评报告")
            .Para("一、项目基本情况")
            .Para("本项目全年预算800万元，已全部拨付。")
            .Single();
        Assert.Equal("宁乡市农业农村局", project.Department);
    }

    [Fact]
    public void A_source_field_naming_an_office_without_its_place_names_the_department_of_a_report_written_as_a_unit()
    {
        var project = new Docs()
            .Para("2023年度农村道路养护项目绩效自评报告")
            .Para("发布日期:2024-03-01 信息来源:区交通运输局")
            .Para("一、项目基本情况")
            .Para("我局本项目全年预算120万元，已全部拨付。")
            .Single();
        Assert.Equal("区交通运输局", project.Department);
    }

    [Fact]
    public void A_source_field_naming_an_office_without_its_place_or_level_names_no_department_when_the_report_never_speaks_as_a_unit()
    {
        var project = new Docs()
            .Para("2023年度农村道路养护项目绩效自评报告")
            .Para("发布日期:2024-03-01 信息来源:交通运输局")
            .Para("一、项目基本情况")
            .Para("本项目全年预算120万元，已全部拨付。")
            .Single();
        Assert.Null(project.Department);
    }

    [Fact]
    public void A_source_field_naming_the_finance_office_without_its_place_names_no_department()
    {
        var project = new Docs()
            .Para("2023年度农村道路养护项目绩效自评报告")
            .Para("发布日期:2024-03-01 信息来源:区财政局")
            .Para("一、项目基本情况")
            .Para("我局本项目全年预算120万元，已全部拨付。")
            .Single();
        Assert.Null(project.Department);
    }

    [Fact]
    public void A_source_field_naming_a_website_names_no_department()
    {
        var project = new Docs()
            .Para("2023年度农村道路养护项目绩效自评报告")
            .Para("来源: 本站 时间: 2024-03-01")
            .Para("一、项目基本情况")
            .Para("我局本项目全年预算120万元，已全部拨付。")
            .Single();
        Assert.Null(project.Department);
    }

    [Theory]
    [InlineData("发布机构: 宣城市文化和旅游局(宣城市广播电视新闻出版局)", "宣城市文化和旅游局")]
    [InlineData("发布机构: 绩溪县自然资源和规划局(原国土局、城乡规划局)", "绩溪县自然资源和规划局")]
    public void A_publisher_named_with_its_second_or_former_name_in_brackets_is_the_office_before_them(string line, string department)
    {
        var project = new Docs()
            .Para(line)
            .Para("发布日期: 2023-05-12")
            .Para("2023年项目绩效自评报告")
            .Para("一、项目基本情况")
            .Para("本项目批复资金45万元，已全部完成支付。")
            .Single();
        Assert.Equal(department, project.Department);
    }

    [Fact]
    public void A_publisher_field_glued_to_the_portal_s_text_size_control_ends_where_the_control_begins()
    {
        var project = new Docs()
            .Para("泾县2022年小型水库除险加固项目绩效自评报告")
            .Para("发布时间:2023-03-12 09:48信息来源:泾县水利局文字大小:[    ] 背景色:")
            .Para("一、项目基本情况")
            .Para("我局本项目批复资金45万元，已全部完成支付。")
            .Single();
        Assert.Equal("泾县水利局", project.Department);
    }

    [Fact]
    public void An_issuing_office_named_without_its_place_stands_in_for_the_department_nothing_else_names()
    {
        var project = new Docs()
            .Para("2022年度中央财政林业改革发展资金绩效自评报告")
            .Para("发布单位:林业局 发布时间: 2023-06-12 15:56 浏览次数:")
            .Para("一、绩效目标分解下达情况")
            .Para("下达中央财政林业改革发展资金444.2万元，已全部完成支付。")
            .Single();
        Assert.Equal("林业局", project.Department);
    }

    [Fact]
    public void A_source_field_without_a_place_names_no_department()
    {
        var project = new Docs()
            .Para("2022年度现代农业产业园项目绩效自评报告")
            .Para("来源:高新院 example.org 日期:2023-03-06")
            .Para("一、绩效目标分解下达情况")
            .Para("下达资金444.2万元，已全部完成支付。")
            .Single();
        Assert.Null(project.Department);
    }
}
