using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>Project fields as real published reports write them: stored web pages, forms, prose, other genres.</summary>
public sealed class RealReportNameTests
{
    [Fact]
    public void An_explicit_project_name_line_beats_the_title()
    {
        var project = new Docs().Para("某市2023年政务热线运营绩效自评报告").Para("项目名称：12345热线话务外包服务")
            .Para("预算执行率：94.48%").Single();
        Assert.Equal("12345热线话务外包服务", project.Name);
    }

    [Fact]
    public void Page_metadata_lines_are_never_the_name_and_the_publisher_fills_a_blank_department()
    {
        var project = new Docs()
            .Para("首页 > 政务公开 > 预算绩效管理")
            .Para("- 索引号: zsjfzzx/2025-00002")
            .Para("- 发布机构: 红河州政务服务管理局")
            .Para("- 发布日期: 2025-04-29")
            .Para("【字体：大 中 小】 打印")
            .Para("2024年度项目支出绩效自评表")
            .Table("项目名称\t便民热线运维经费", "主管部门\t\t实施单位\t")
            .Single();
        Assert.Equal("便民热线运维经费", project.Name);
        Assert.Equal("红河州政务服务管理局", project.Department);
        Assert.Equal(2024, project.Year);
        Assert.Equal("红河哈尼族彝族自治州", project.City);
    }

    [Fact]
    public void An_attachment_heading_is_not_part_of_the_name()
    {
        var project = new Docs().Para("附件：项目支出绩效自评表（2022年度）").Para("一、基本情况")
            .Para("某某水库除险加固工程项目绩效自评报告").Single();
        Assert.Equal("某某水库除险加固工程项目", project.Name);
    }

    [Fact]
    public void A_page_heading_above_a_generic_title_is_not_the_name()
    {
        var project = new Docs().Para("预算绩效管理").Para("2024年度项目支出绩效自评表")
            .Table("主管部门\t某某县农业农村局").Single();
        Assert.NotEqual("预算绩效管理", project.Name);
    }

    [Fact]
    public void A_units_report_on_its_spending_is_named_by_the_unit_and_its_project_spending_and_the_unit_is_the_department()
    {
        var project = new Docs().Para("红河州数据发展中心2024年度项目支出绩效单位自评报告").Para("一、基本情况")
            .Para("展厅位于蒙自市红河文化广场，年初批复预算985万元，调整预算后项目预算861.46万元。").Single();
        Assert.Equal("红河州数据发展中心项目支出", project.Name);
        Assert.Equal("红河州数据发展中心", project.Department);
        Assert.Equal("红河哈尼族彝族自治州", project.City);
        Assert.Null(project.District);
        Assert.Equal(985, project.BudgetInitialWan);
        Assert.Equal(861.46, project.BudgetAdjustedWan);
        Assert.Equal(861.46, project.BudgetWan);
    }

    [Fact]
    public void Pinyin_reading_aids_of_a_web_copy_are_not_text()
    {
        var project = new Docs().Para("2020年度項(xiàng)目支出績(jī)效自評(píng)表")
            .Table("項(xiàng)目名稱(chēng)\t衛(wèi)片執(zhí)法補(bǔ)助經(jīng)費(fèi)").Single();
        Assert.Equal("卫片执法补助经费", project.Name);
        Assert.Equal("衛片執法補助經費", project.Sources["name"].Snippet.Split(' ')[1]);
    }

    [Fact]
    public void A_row_of_column_headings_is_not_a_name_and_its_value()
    {
        var project = new Docs().Para("项目名称 中央、省、市(州)、县级财政资金 资金计划 资金到位 情况")
            .Para("某某县文明城市创建专项资金项目绩效自评报告").Single();
        Assert.Equal("某某县文明城市创建专项资金项目", project.Name);
    }
}

public sealed class RealReportExcerptTests
{
    [Fact]
    public void An_excerpt_without_title_or_form_is_named_by_the_project_its_prose_refers_to()
    {
        var project = new Docs().Para("二、项目资金申报及使用情况")
            .Para("该双心及文明城市创建专项资金项目于2020年初向财政局进行资金申报工作，批复下达预算资金10万元。").Single();
        Assert.Equal("双心及文明城市创建专项资金项目", project.Name);
        Assert.Equal(10, project.BudgetWan);
    }

    [Fact]
    public void A_blank_template_has_no_project_name()
    {
        var project = new Docs().Para("财政支出项目绩效目标申报表").Table("项目名称	项目属性	新增项目□延续项目□", "主管部门		主管部门编码	").Single();
        Assert.Equal(string.Empty, project.Name);
    }

    [Fact]
    public void The_page_publishers_office_fills_a_blank_department_from_a_metadata_table()
    {
        var project = new Docs().Table("索 引 号:\t011217651/2022-01866\t发文字号:\t无", "发文单位:\t鄂州市行政审批局\t发布日期:\t2022年11月04日")
            .Para("项目支出绩效自评表").Para("( 2021 年度)").Table("项目名称\t市民中心运行维护费", "主管部门\t\t实施单位\t").Single();
        Assert.Equal("鄂州市行政审批局", project.Department);
        Assert.Equal("鄂州市", project.City);
        Assert.Equal(2021, project.Year);
    }
}

public sealed class RealReportMoneyTests
{
    private static readonly string Header = "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分";

    [Fact]
    public void Start_of_year_full_year_and_adjusted_budgets_are_different_facts()
    {
        var project = new Docs().Para("项目支出绩效自评表")
            .Table("项目名称\t某某经费", Header, "^\t年度资金总额\t90\t89.974\t89.974\t10\t100%\t10").Single();
        Assert.Equal(90, project.BudgetInitialWan);
        Assert.Equal(89.974, project.BudgetAdjustedWan);
        Assert.Equal(89.974, project.BudgetWan);
        Assert.Equal(89.974, project.ActualWan);
    }

    [Fact]
    public void A_total_row_of_zeros_falls_back_to_its_component_rows_for_every_column()
    {
        var project = new Docs().Para("项目支出绩效自评表")
            .Table("项目名称\t委托业务项目", Header,
                "^\t年度资金总额：\t0\t0\t0\t10\t0\t0",
                "^\t其中：本年财政拨款\t80\t79.9\t79.9\t\t\t",
                "^\t上年结转资金\t10\t10\t10\t\t\t",
                "^\t其他资金\t\t\t\t\t\t").Single();
        Assert.Equal(90, project.BudgetInitialWan);
        Assert.Equal(89.9, project.BudgetWan!.Value, 6);
        Assert.Equal(89.9, project.ActualWan!.Value, 6);
        Assert.Null(project.ExecutionRatePct);
    }

    [Fact]
    public void Figures_under_a_header_whose_label_spans_an_empty_column_are_read_in_their_own_columns()
    {
        var project = new Docs().Para("项目支出绩效自评表")
            .Table("项目名称\t市民中心运行维护费", Header, "年度资金总额\t150万\t150万\t125.25万\t100\t83.5%\t98").Single();
        Assert.Equal(150, project.BudgetWan);
        Assert.Equal(125.25, project.ActualWan);
        Assert.Equal(83.5, project.ExecutionRatePct);
    }

    [Theory]
    [InlineData("本项目经费共计50万元，用于平台运维。", 50)]
    [InlineData("市财政下达资金30万元，专项用于热线建设。", 30)]
    [InlineData("经审核，财政局批复该项目预算120.5万元。", 120.5)]
    public void Narrative_totals_are_budgets(string sentence, double budget)
    {
        var project = new Docs().Para("某某项目绩效自评报告").Para(sentence).Single();
        Assert.Equal(budget, project.BudgetWan);
    }

    [Fact]
    public void An_execution_rate_written_with_a_colon_is_read()
    {
        var project = new Docs().Para("某某项目绩效自评报告").Para("预算执行率：94.48%").Single();
        Assert.Equal(94.48, project.ExecutionRatePct);
    }

    [Fact]
    public void A_budget_total_beside_a_short_sub_label_is_read()
    {
        var project = new Docs().Para("项目绩效目标表（2021年度）")
            .Table("项目名称\t镇域内基础设施建设", "资金总额及构成\t总额\t10606.7522万元\t财政拨款:6923.3552万元").Single();
        Assert.Equal(10606.7522, project.BudgetWan);
    }
}

public sealed class RealReportPlaceTests
{
    [Theory]
    [InlineData("红河州政务服务管理局2023年度项目支出绩效自评报告", "云南省", "红河哈尼族彝族自治州")]
    [InlineData("黔东南州2022年12345热线运营项目绩效自评报告", "贵州省", "黔东南苗族侗族自治州")]
    [InlineData("延边州2021年热线服务项目绩效评价报告", "吉林省", "延边朝鲜族自治州")]
    [InlineData("锡林郭勒盟2020年热线服务项目绩效评价报告", "内蒙古自治区", "锡林郭勒盟")]
    [InlineData("塔城地区2021年道路建设项目绩效评价报告", "新疆维吾尔自治区", "塔城地区")]
    public void Autonomous_prefectures_leagues_and_regions_are_cities_by_short_or_long_name(string title, string province, string city)
    {
        var project = new Docs().Para(title).Single();
        Assert.Equal(province, project.Province);
        Assert.Equal(city, project.City);
    }

    [Fact]
    public void A_county_level_city_is_the_district_of_its_prefecture()
    {
        var project = new Docs().Para("蒙自市2023年便民热线项目绩效自评报告").Single();
        Assert.Equal("红河哈尼族彝族自治州", project.City);
        Assert.Equal("蒙自市", project.District);
    }

    [Fact]
    public void An_office_named_after_a_prefecture_is_the_department()
    {
        var project = new Docs().Para("某某热线项目绩效评价报告").Para("受托对红河州政务服务管理局热线项目开展评价。").Single();
        Assert.Equal("红河州政务服务管理局", project.Department);
    }

    [Fact]
    public void A_label_with_a_note_keeps_its_value_and_the_unit_code_is_not_part_of_the_name()
    {
        var project = new Docs().Para("项目支出绩效自评表")
            .Table("项目名称\t某某经费", "主管部门（盖章）\t219-池州市贵池区棠溪镇人民政府\t实施单位（盖章）\t219001-某某中心").Single();
        Assert.Equal("池州市贵池区棠溪镇人民政府", project.Department);
        Assert.Equal("贵池区", project.District);
    }

    [Fact]
    public void A_level_prefixed_department_label_is_the_department()
    {
        var project = new Docs().Para("2020年度县级专项资金绩效目标自评表")
            .Table("专项资金名称\t县级储备粮", "县级主管部门\t衡山县商务和粮食局\t实施单位\t粮食调控储备与产业发展股").Single();
        Assert.Equal("县级储备粮", project.Name);
        Assert.Equal("衡山县商务和粮食局", project.Department);
    }
}

public sealed class DocumentKindTests
{
    [Fact]
    public void A_performance_report_says_so()
    {
        var record = new Docs().Para("某某热线项目2023年度绩效自评报告").Para("一、基本情况").Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.Single(record.Projects);
    }

    [Fact]
    public void A_news_story_about_a_ranking_is_news_with_no_project()
    {
        var record = new Docs().Para("报告测评各地政务热线质量：京沪等地排名居前")
            .Para("北京7月30日电 日前发布的一份评测报告显示，31个省份中，北京、上海等地的政务热线运行质量较高。")
            .Para("报告对各地政务热线运行质量进行了排名，北京、上海位列前十。").Extract();
        Assert.Equal("news", record.DocumentKind);
        Assert.Empty(record.Projects);
        Assert.Contains(record.Warnings, w => w.Contains("not a performance report"));
    }

    [Fact]
    public void A_procurement_notice_is_procurement_even_with_a_project_name_line()
    {
        var record = new Docs().Para("某区12345热线平台运行维护服务采购项目的潜在供应商应在线上获取采购文件，并提交响应文件。")
            .Para("项目编号：JH25-001").Para("项目名称：某区12345热线平台运行维护服务").Para("采购方式：竞争性磋商")
            .Para("预算金额（元）：800000").Para("最高限价（元）：800000").Extract();
        Assert.Equal("procurement", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_ranking_of_cities_is_a_ranking()
    {
        var record = new Docs().Para("为了解各地12345热线运行质量，第三方评估平台对349个城市的热线进行监测。")
            .Para("热线运行质量总体得分86.45分，一线城市得分95.45分，头部效应显著。")
            .Para("各地热线排名情况如下，深圳、广州位居前列。").Extract();
        Assert.Equal("ranking", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_notice_that_only_links_to_reports_is_not_itself_a_report()
    {
        var record = new Docs().Para("我局委托第三方评价机构开展了项目绩效评价工作，现将结果公开，请社会各界予以监督。")
            .Para("附件1：2021年某某项目绩效评价报告.pdf").Para("附件2：某某部门整体支出绩效评价报告.pdf").Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_text_that_is_not_a_report_gives_no_city_or_department_and_a_warning()
    {
        var record = new Docs().Para("# ReportMiner")
            .Para("ReportMiner turns legacy Chinese government budget-performance reports (绩效评价报告, 自评表) into data.")
            .Para("It reads every format an archive holds and compares hotlines across cities such as 广州市 and 上海市.")
            .Para("| command | what it does |").Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
        Assert.Contains(record.Warnings, w => w.Contains("not a performance report"));
    }
}

public sealed class RealReportScoreTests
{
    [Fact]
    public void Year_kind_score_and_a_one_character_grade_come_from_a_real_self_evaluation()
    {
        var project = new Docs().Para("某某县2023年度便民热线项目绩效自评报告")
            .Para("经综合评定，自评得分95分，评价等级为优。").Single();
        Assert.Equal(2023, project.Year);
        Assert.Equal("self_evaluation", project.ReportKind);
        Assert.Equal(95, project.Score);
        Assert.Equal("优", project.Grade);
    }

    [Fact]
    public void A_later_form_of_a_document_shares_the_documents_year()
    {
        var record = new Docs().Para("某某县科学技术局2022年项目支出绩效自评表")
            .Table("项目名称\t科技特派员经费", "主管部门\t某某县科学技术局")
            .Para("项目支出绩效自评表")
            .Table("项目名称\t地震经费", "主管部门\t某某县科学技术局").Extract();
        Assert.Equal(2, record.Projects.Count);
        Assert.All(record.Projects, p => Assert.Equal(2022, p.Year));
    }
}

public sealed class RealReportProseTests
{
    [Fact]
    public void Without_a_title_the_section_headings_say_the_report_kind()
    {
        var project = new Docs().Table("三级指标\t指标值\t实施进度", "宣传次数\t至少2次\t已完成100%")
            .Para("3.分析评价申报内容是否与实际相符").Para("(三)项目自评步骤及方法").Para("围绕绩效目标科学设定评价指标体系。").Single();
        Assert.Equal("self_evaluation", project.ReportKind);
    }

    [Fact]
    public void A_summary_whose_numbered_paragraphs_state_a_composite_score_or_a_grade_gives_one_project_each()
    {
        var record = new Docs().Para("某县2022年度重点项目绩效评价结果公开")
            .Para("我局委托第三方机构对2021年度3个重点项目开展了绩效评价，现将评价结果公开如下：")
            .Para("1、某镇农村道路硬化项目，项目下达资金197万元，综合评分91.8分，等级为优。")
            .Para("2、某县城乡供水一体化项目，项目下达资金320万元，评定等次为良。")
            .Para("3、某县农田水利设施维修项目，项目下达资金80万元，自评分为78分。")
            .Extract();
        Assert.Equal(["某镇农村道路硬化项目", "某县城乡供水一体化项目", "某县农田水利设施维修项目"], record.Projects.Select(p => p.Name));
        Assert.Equal([197.0, 320.0, 80.0], record.Projects.Select(p => p.BudgetWan ?? 0));
    }

    [Fact]
    public void The_units_total_over_all_its_projects_in_the_opening_is_not_the_first_projects_budget()
    {
        var record = new Docs().Para("某州数据中心2024年度项目支出绩效单位自评报告")
            .Para("2024年，某州数据中心实施项目共3个，年初批复预算985万元，具体情况如下：")
            .Para("1.展厅运维经费。用于保障展厅正常运转，年初预算120万元，实际支出118万元。")
            .Para("2.政务大数据平台运行经费。用于平台运行维护，年初预算600万元，实际支出590万元。")
            .Para("3.网络安全保障经费。用于等级保护测评，年初预算265万元，实际支出260万元。")
            .Extract();
        Assert.Equal(["展厅运维经费", "政务大数据平台运行经费", "网络安全保障经费"], record.Projects.Select(p => p.Name));
        Assert.Equal([120.0, 600.0, 265.0], record.Projects.Select(p => p.BudgetWan ?? 0));
        Assert.Equal(118, record.Projects[0].ActualWan);
    }

    [Fact]
    public void A_summary_of_several_evaluations_gives_one_project_per_numbered_paragraph()
    {
        var record = new Docs().Para("裕民县2021年10个重点项目绩效评价报告公开")
            .Para("我县选择10个县级重点项目开展了重点项目绩效评价，现按规定予以公开：")
            .Para("1、某村农田道路建设项目，铺建砂石路11公里。2021年下达财政专项扶贫资金197万元，实际已支付186.98万元，支付完成率为94.91%。最终绩效评价总得分为91.8分，评价等级为优秀。")
            .Para("2、某村旅游扶贫交易市场建设项目，新建管理用房一座。2021年度下达财政专项扶贫资金108万元，实际已支付101.59万元，支付完成率为94.06%。最终绩效评价总得分为90.76分，评价等级为优秀。")
            .Extract();
        Assert.Equal(2, record.Projects.Count);
        var (first, second) = (record.Projects[0], record.Projects[1]);
        Assert.Equal("某村农田道路建设项目", first.Name);
        Assert.Equal(197, first.BudgetWan);
        Assert.Equal(186.98, first.ActualWan);
        Assert.Equal(94.91, first.ExecutionRatePct);
        Assert.Equal(91.8, first.Score);
        Assert.Equal("某村旅游扶贫交易市场建设项目", second.Name);
        Assert.Equal(108, second.BudgetWan);
        Assert.Equal(90.76, second.Score);
        Assert.All(record.Projects, p => Assert.Equal("裕民县", p.District));
        Assert.All(record.Projects, p => Assert.Equal(2021, p.Year));
    }

    [Fact]
    public void A_summarys_numbered_projects_go_on_past_a_name_with_a_comma_and_a_paragraph_cut_before_its_result()
    {
        var record = new Docs().Para("某县2022年重点项目绩效评价结果公开")
            .Para("一、某镇污水管网改造项目，新铺管网3公里。下达资金80万元，已支付76万元。评价总得分为88分，评价等级为良。")
            .Para("二、某镇老街排水,路面修复工程项目，修复路面1.2公里。下达资金45万元，已支付45万元。评价总得分为92分，评价等级为优秀。")
            .Para("三、某村饮水安全巩固提升项目，新建蓄水池2座、铺设管道")
            .Extract();
        Assert.Equal(["某镇污水管网改造项目", "某镇老街排水,路面修复工程项目", "某村饮水安全巩固提升项目"], record.Projects.Select(p => p.Name));
        Assert.Equal(45, record.Projects[1].BudgetWan);
    }

    [Fact]
    public void A_numbered_paragraph_that_breaks_the_count_is_no_project_without_its_result()
    {
        var record = new Docs().Para("某县2022年重点项目绩效评价结果公开")
            .Para("1、某镇污水管网改造项目，下达资金80万元，评价总得分为88分。")
            .Para("2、某镇老街排水工程项目，下达资金45万元，评价总得分为92分。")
            .Para("5、下一步将加强项目，跟踪问效。")
            .Extract();
        Assert.Equal(["某镇污水管网改造项目", "某镇老街排水工程项目"], record.Projects.Select(p => p.Name));
    }

    [Fact]
    public void The_parts_of_a_total_are_not_the_projects_spending()
    {
        var project = new Docs().Para("某某单位部门整体支出绩效评价报告")
            .Para("2、支出：799.12万元。其中：人员经费支出434.89万元，公用经费支出77.4万元。").Single();
        Assert.NotEqual(434.89, project.ActualWan);
    }
}
