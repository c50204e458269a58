using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>
/// A document site runs a report's title and headings into one line: the headings still show it is a report, and the
/// title, cut where the first heading begins, names the project and its kind.
/// </summary>
public sealed class RunTogetherReportHeadingTests
{
    [Fact]
    public void A_report_whose_title_runs_into_its_first_heading_stays_a_report()
    {
        var record = new Docs()
            .Para("1、某镇污水管网改造工程绩效自评报告一、项目概况(一)项目基本情况。说明项目主管部门在该项目管理中的职能。保障集镇污水收集处理。"
                + "2.项目立项、资金申报的依据。根据镇政府会议纪要对项目资金进行申报。3.资金管理办法制定情况。严格按照相关财务制度管理。")
            .Para("2、(二)项目绩效目标。项目于2022年3月开工,于2022年11月完成。(三)项目自评步骤及方法。成立自评工作领导小组开展自评工作。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        var project = Assert.Single(record.Projects);
        Assert.Equal("某镇污水管网改造工程", project.Name);
        Assert.Equal("self_evaluation", project.ReportKind);
    }

    [Theory]
    [InlineData("1、2021年项目支出绩效评价自评报告(2021年州级乡村旅游发展专项资金)一、项目概况(一)项目资金申报及批复情况经县政府审定，安排资金500万元用于宣传推广。", "州级乡村旅游发展专项资金")]
    [InlineData("某区民政局2022年度绩效自评报告（社区工作者补贴资金）一、项目概况（一）项目基本情况。补贴资金120万元按月发放到社区工作者。", "社区工作者补贴资金")]
    public void A_bracketed_name_after_a_title_that_runs_into_its_first_heading_names_the_project(string line, string name)
    {
        // R639 (the bracketed names of R288, R298 and R633 printed on a line of their own): the heading runs on after the name.
        var project = Assert.Single(new Docs().Para("资源描述").Para(line).Extract().Projects);
        Assert.Equal(name, project.Name);
    }

    [Theory]
    [InlineData("1、12018年度科普宣传经费项目绩效评价自评报告一、项目总体情况科普宣传经费主要用于开展各类科普活动。本项目预算批复70万元，支出36.94万元。", "科普宣传经费项目")]
    [InlineData("1 2016 年 妇 女 儿 童 发 展 专 项 资 金 绩 效 评 价 报 告一、项目基本情况（一）项目背景。妇女儿童的社会地位是社会文明程度的重要标志。", "妇女儿童发展专项资金")]
    public void A_page_number_run_into_the_title_year_is_no_part_of_the_project_name(string line, string name)
    {
        var project = Assert.Single(new Docs().Para("资源描述").Para(line).Extract().Projects);
        Assert.Equal(name, project.Name);
    }

    [Fact]
    public void A_report_whose_table_of_contents_runs_into_one_line_stays_a_report_though_its_figures_are_hidden()
    {
        // R782: a tendering site shows an evaluation report with its figures replaced by placeholders; its table of
        // contents lists the report's sections, which no notice of the site holds.
        var record = new Docs().Para("招中标详情").Para("公告内容")
            .Para("绩效评价报告 财政机关名称: ### 被评价单位名称: ### 评价政策: 农机购置补贴资金政策 目录 一、基本情况 - # - "
                + "(一)政策概况 - # - (二)资金投入及使用情况 - # - 二、绩效评价工作开展情况 - # - 三、综合评价情况及评价结论 - ## - "
                + "我们接受委托，对“####年度农机购置补贴资金”开展绩效评价。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.Single(record.Projects);
    }
}
