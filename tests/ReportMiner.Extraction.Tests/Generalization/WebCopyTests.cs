using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>Reports as essay sites and government portals reprint them.</summary>
public sealed class WebCopyTests
{
    [Fact]
    public void An_essay_sites_generic_collection_title_names_no_project_and_the_report_sentence_does()
    {
        var project = new Docs().Para("工程项目绩效自评报告").Para("时间:2023-05-10 09:12:30 报告 我要投稿")
            .Para("工程项目绩效自评报告(通用6篇)").Para("下面是小编为大家收集的工程项目绩效自评报告，欢迎大家分享。")
            .Para("工程项目绩效自评报告1").Para("一、项目基本情况")
            .Para("现将某某镇人饮巩固提升工程项目绩效自评情况报告如下。项目总投资85万元，实际支出85万元。").Single();
        Assert.Equal("某某镇人饮巩固提升工程项目", project.Name);
    }

    [Fact]
    public void A_portals_标题_field_is_page_chrome_and_its_value_is_no_department()
    {
        var project = new Docs().Para("标      题 某某自治区林业和草原局2021年度草原生态修复治理补助资金绩效自评报告")
            .Para("发布机构 自治区政府办公厅 发布日期 2022-03-15")
            .Para("某某自治区林业和草原局2021年度草原生态修复治理补助资金绩效自评报告")
            .Para("一、基本情况").Para("项目资金共计1200万元，实际支出1150万元。").Single();
        Assert.False(project.Department?.StartsWith("标题", StringComparison.Ordinal) ?? false, project.Department);
        Assert.False(project.Name.StartsWith("标题", StringComparison.Ordinal), project.Name);
    }

    [Fact]
    public void The_finance_bureau_whose_notice_the_report_answers_is_not_its_department()
    {
        var project = new Docs().Para("项目绩效自评报告")
            .Para("按照宁乡市财政局《关于做好2022年度预算绩效自评工作的通知》要求，我单位对档案数字化经费开展了绩效自评。")
            .Para("该项目预算46万元，实际支出46万元。").Single();
        Assert.NotEqual("宁乡市财政局", project.Department);
        Assert.Equal("档案数字化经费", project.Name);
    }

    [Fact]
    public void An_office_a_project_relies_on_is_named_without_the_verb()
    {
        var project = new Docs().Para("绩效运行监控报告").Para("一、部门（单位）概况")
            .Para("（一）依托宾阳县疾病预防控制中心建设水质检测中心，利用其技术与场地开展检测。").Single();
        Assert.Equal("宾阳县疾病预防控制中心", project.Department);
    }

    [Fact]
    public void Essay_site_collection_headings_in_their_other_forms_are_chrome_and_a_hired_firm_is_no_department()
    {
        var project = new Docs().Para("(通用)项目绩效运行监控报告12篇").Para("下面是小编精心整理的项目绩效运行监控报告，仅供参考。")
            .Para("项目运行绩效监控报告(精选8篇)").Para("项目绩效运行监控报告1").Para("一、项目基本情况")
            .Para("聘请某某省地矿局第一勘察院有限公司开展地灾隐患排查，资金规模共计120万元。").Single();
        Assert.True(string.IsNullOrEmpty(project.Name), project.Name);
        Assert.Null(project.Department);
        Assert.Equal("monitoring", project.ReportKind);
    }
}
