using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>
/// Another genre's own form — a circular's addressees, a regulation's articles — decides the kind of a text that names
/// report forms without holding one.
/// </summary>
public sealed class GenreFormTests
{
    [Fact]
    public void A_circular_asking_units_for_self_evaluation_forms_is_not_a_report()
    {
        var record = new Docs()
            .Para("各镇（街道）、区直有关单位：")
            .Para("根据区财政局工作安排，现将2024年度项目支出绩效自评有关事项通知如下：")
            .Para("一、请各单位认真填写项目支出绩效自评表，并撰写绩效自评报告。")
            .Para("1.项目支出绩效自评表")
            .Para("2.项目绩效自评报告")
            .Para("请于4月30日前报送区财政局绩效股。")
            .Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_regulation_on_performance_evaluation_is_policy()
    {
        var record = new Docs()
            .Para("某县项目支出绩效评价实施细则")
            .Para("第一章 总则")
            .Para("第一条 为规范项目支出绩效评价工作，提高财政资金使用效益，制定本细则。")
            .Para("第二条 本细则所称绩效评价，是指对项目支出的绩效目标、绩效指标完成情况和预算执行率进行评价。")
            .Para("第三条 绩效自评由预算单位组织，自评结果报送财政部门。绩效自评报告应当真实完整。")
            .Extract();
        Assert.Equal("policy", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_research_article_on_evaluating_projects_is_not_a_report()
    {
        var record = new Docs()
            .Para("政府投资项目绩效评价方法研究")
            .Para("摘要：本文构建了政府投资项目绩效评价指标体系，并在某市道路工程项目绩效评价中加以验证。")
            .Para("关键词：绩效评价；指标体系；政府投资")
            .Para("近年来，各地要求对重大政府投资项目开展绩效评价，评价内容包括预算执行率、产出指标和效益指标。")
            .Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_blank_template_sent_to_units_is_not_a_filled_report_form()
    {
        var record = new Docs()
            .Para("各镇（街道）、区直各预算单位：")
            .Para("现将项目支出绩效目标申报表样表发给你们，请参照样表填报本单位项目绩效目标。")
            .Table("项目名称\tXX项目", "主管部门\tXX局")
            .Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_report_form_under_an_addressee_line_stays_a_report()
    {
        var record = new Docs()
            .Para("各有关科室：")
            .Para("现将本单位项目支出绩效自评表公布如下。")
            .Table("项目名称\t农村公路养护经费", "主管部门\t某县交通运输局")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.Equal("农村公路养护经费", Assert.Single(record.Projects).Name);
    }

    [Fact]
    public void A_circular_to_the_units_of_one_level_of_government_is_not_a_report()
    {
        var record = new Docs()
            .Para("关于开展2023年度市级项目支出绩效自评工作的通知")
            .Para("市直各部门：")
            .Para("为加强预算绩效管理，决定开展2023年度项目支出绩效自评，请各部门对照绩效目标填报项目支出绩效自评表。")
            .Para("请于2024年3月31日前将自评表和绩效自评报告报送市财政局。")
            .Para("某某市财政局")
            .Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_circular_cut_before_its_addressees_is_known_by_announcing_its_matters()
    {
        var record = new Docs()
            .Para("为做好2022年度部门整体支出绩效自评工作，根据有关规定，现将有关事项通知如下：")
            .Para("一、自评范围为全部预算部门，自评内容包括预算执行率、绩效目标完成情况。")
            .Para("二、各部门于5月31日前报送绩效自评报告。")
            .Para("特此通知。")
            .Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_fund_notice_carrying_its_filled_target_form_stays_a_report()
    {
        var record = new Docs()
            .Para("现将2025年农村环境整治资金下达你们，有关事项通知如下：")
            .Table("项目名称	农村环境整治项目", "主管部门	某县农业农村局", "年度指标值	≥95%")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.Equal("农村环境整治项目", Assert.Single(record.Projects).Name);
    }

    [Fact]
    public void A_fund_allocation_notice_without_its_target_form_is_not_a_report()
    {
        var record = new Docs()
            .Para("关于公示《关于下达2024年农村供水保障补助资金及绩效目标表》的通知")
            .Para("现将下达至甲镇、乙镇的2024年农村供水保障补助资金860万元文件及绩效目标表予以公示，公示期7天。")
            .Para("关于下达2024年农村供水保障补助资金的通知")
            .Para("经研究，现下达你单位农村供水保障补助资金860万元，请加强资金管理，做好绩效运行监控。")
            .Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_fund_allocation_notice_with_its_filled_target_form_stays_a_report()
    {
        var record = new Docs()
            .Para("关于下达2024年农村供水保障补助资金预算指标的通知")
            .Para("经研究，现下达你单位农村供水保障补助资金860万元。")
            .Table("项目名称\t农村供水保障工程", "主管部门\t某县水利局", "年度指标值\t≥98%")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.Equal("农村供水保障工程", Assert.Single(record.Projects).Name);
    }

    [Fact]
    public void A_fund_notice_to_the_offices_concerned_is_not_a_report_though_it_names_its_target_form()
    {
        var record = new Docs()
            .Para("有关市、县(市、区)财政局: 为加快预算执行进度，经研究，现提前下达2023年农村饮水安全补助资金预算，具体金额见附件1。请加强绩效目标管理，做好绩效监控和绩效评价。项目绩效目标见附件2。")
            .Para("点击下载:1.提前下达2023年农村饮水安全补助资金预算表2.项目绩效目标表")
            .Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void An_opinion_announcing_itself_after_its_grounds_is_policy()
    {
        var record = new Docs()
            .Para("某省人民政府办公厅印发")
            .Para("《关于加快推进全面预算绩效管理的实施意见》")
            .Para("为提高财政资金使用效益，根据《中共中央 国务院关于全面实施预算绩效管理的意见》精神，结合我省实际，现就加快推进全面预算绩效管理提出如下实施意见。")
            .Para("一、总体要求")
            .Para("（一）指导思想。坚持结果导向，将绩效目标管理、绩效运行监控和绩效评价贯穿预算管理全过程。")
            .Extract();
        Assert.Equal("policy", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_report_opening_its_advice_with_the_words_of_an_opinion_stays_a_report()
    {
        var record = new Docs()
            .Para("某县2023年度农村公路养护项目绩效评价报告")
            .Para("2023年某县安排农村公路养护资金500万元，实际支出480万元，预算执行率96%。评价得分92分。")
            .Para("五、意见建议")
            .Para("结合项目实际，提出如下意见：")
            .Para("（一）加强养护资金监管。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.NotEmpty(record.Projects);
    }
}
