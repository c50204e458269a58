namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>An office named in a report's prose is cut from the words of the sentence before it.</summary>
public sealed class ProseOfficeTests
{
    [Fact]
    public void The_verb_before_an_office_is_no_part_of_its_name()
    {
        var project = new Docs()
            .Para("一、项目基本情况")
            .Para("受委托，我所承担了衡阳市珠晖区农业农村局2022年度项目支出绩效评价工作，现将有关情况说明如下。")
            .Single();
        Assert.Equal("衡阳市珠晖区农业农村局", project.Department);
    }

    [Fact]
    public void An_office_inside_a_cited_document_title_is_not_the_department()
    {
        var project = new Docs()
            .Para("2023年度养老服务补贴项目绩效自评报告")
            .Para("一、项目基本情况")
            .Para("本项目全年预算50万元，实际支出50万元。")
            .Para("资金使用严格按照《中共青阳县委办公室 青阳县人民政府办公室关于加强资金管理的意见》执行，由青阳县民政局负责实施。")
            .Single();
        Assert.Equal("青阳县民政局", project.Department);
    }

    [Fact]
    public void The_verb_ending_in_ji_before_an_office_is_no_part_of_its_name()
    {
        var project = new Docs()
            .Para("2023年度养老服务补贴项目绩效评价报告")
            .Para("一、项目基本情况")
            .Para("本项目全年预算50万元，实际支出50万元。")
            .Para("本次评价的项目共涉及青阳县民政局、青阳县农业农村局两个单位。")
            .Single();
        Assert.Equal("青阳县民政局", project.Department);
    }

    [Fact]
    public void The_report_opening_before_an_office_is_no_part_of_its_name()
    {
        var project = new Docs()
            .Para("2022年度道路养护项目绩效自评报告")
            .Para("一、项目基本情况")
            .Para("现将株洲市城市建设服务中心年度项目实施情况报告如下。")
            .Single();
        Assert.Equal("株洲市城市建设服务中心", project.Department);
    }

    [Fact]
    public void A_sites_greeting_before_its_name_is_no_part_of_the_department()
    {
        var project = new Docs()
            .Para("欢迎进入赣州市生态环境局网站！")
            .Para("赣州市中央水污染防治专项资金绩效自评报告")
            .Para("一、项目基本情况")
            .Para("本项目全年预算500万元，实际支出480万元。")
            .Single();
        Assert.Equal("赣州市生态环境局", project.Department);
    }
}
