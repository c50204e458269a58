using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>
/// What the whole document shows decides its kind over a single line of another genre: the figures a disclosure page states
/// beside the tables it links, a normative document's number, a final-accounts disclosure's name, a news headline of an act.
/// </summary>
public sealed class DocumentKindEvidenceTests
{
    [Fact]
    public void A_disclosure_page_stating_each_projects_figures_beside_its_linked_table_stays_a_report()
    {
        var record = new Docs()
            .Para("2019年度某协会绩效评价工作开展情况")
            .Para("一、预算绩效管理工作开展情况")
            .Para("单位组织对2019年度项目支出全面开展绩效自评，共涉及项目2个，资金2000.00万元。")
            .Para("附件1：《2019年度某协会部门整体绩效自评表》.docx")
            .Para("（一）救助工作经费绩效自评综述：项目全年预算数1200.00万元，执行数为1100.00万元，资金执行率为91.67%。")
            .Para("附件2：《2019年度救助工作经费项目绩效自评表》.docx")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
    }

    [Fact]
    public void A_page_that_only_links_evaluation_reports_is_still_the_notice_publishing_them()
    {
        var record = new Docs()
            .Para("为加强财政支出管理，我局委托第三方评价机构，对2021年市级预算执行的3个项目开展了项目绩效评价工作。目前评价工作已全面完成，请社会各界予以监督。")
            .Para("附件1：某市道路建设项目绩效评价报告.pdf")
            .Para("附件2：某市学校改造项目绩效评价报告.pdf")
            .Para("附件3：某市部门整体支出绩效评价报告.pdf")
            .Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_circular_under_a_normative_documents_number_is_policy()
    {
        var record = new Docs()
            .Para("某发改规范〔2024〕4号")
            .Para("各有关单位：")
            .Para("为加强政府投资项目绩效管理，提高政府投资效益，现就有关事宜通知如下。")
            .Para("一、将所有政府投资项目纳入绩效管理范围，项目单位应当设定绩效目标并开展绩效自评。")
            .Extract();
        Assert.Equal("policy", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_governments_final_accounts_disclosure_with_a_performance_section_is_not_a_report()
    {
        var record = new Docs()
            .Para("某区2021年度政府决算公开目录")
            .Para("1、2021年决算草案的报告")
            .Para("2、某区2021年预算绩效管理工作情况")
            .Para("3、某区2021年度政府决算公开有关情况的说明")
            .Para("2021年，全区对120个项目开展绩效自评，对8个重点项目开展绩效评价，评价结果与预算安排挂钩。")
            .Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_departments_report_that_accounts_for_its_budget_and_final_accounts_disclosure_stays_a_report()
    {
        var record = new Docs()
            .Para("一、部门基本情况")
            .Para("某县统计局为县政府工作部门，内设机构4个，编制人数20人。")
            .Para("二、部门整体支出绩效情况")
            .Para("（一）预决算公开情况。按规定在县政府门户网站进行预决算公开，预决算公开内容完整。")
            .Para("（二）资产管理情况。固定资产账实相符。")
            .Para("三、存在问题：预决算公开的及时性有待提高。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
    }

    [Fact]
    public void A_departments_report_that_follows_the_disclosure_rules_and_its_special_checks_stays_a_report()
    {
        var record = new Docs()
            .Para("一、部门基本情况")
            .Para("某县统计局为县政府工作部门，内设机构4个，编制人数20人。")
            .Para("二、部门整体支出绩效情况")
            .Para("（一）预决算公开情况。按照预决算公开有关要求，在县政府门户网站公开部门预决算。")
            .Para("（二）配合财政局开展预决算公开专项检查，按照预决算公开有关规定整改到位。")
            .Para("三、存在问题：预决算公开有关工作的及时性有待提高。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
    }

    [Fact]
    public void A_headline_that_a_finance_office_runs_its_budget_monitoring_is_news()
    {
        var record = new Docs()
            .Para("某区财政局积极开展预算绩效运行监控工作")
            .Para("为实现全过程预算绩效管理，近期，区财政局组织各预算单位对1-6月财政支出开展了绩效运行监控，围绕绩效目标跟踪预算执行情况。")
            .Para("本次监控范围包含部门整体支出和项目支出，并选取4个重点项目开展重点监控，完善项目管理办法。")
            .Extract();
        Assert.Equal("news", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_note_that_an_evaluation_is_under_way_is_other_though_it_cites_a_regulation_being_issued()
    {
        var record = new Docs()
            .Para("重大政策和重点项目绩效执行结果")
            .Para("2021年某区财政局选取2020年的6个项目设为重点项目，根据自治区人民政府办公厅关于印发《项目支出绩效评价管理办法》的要求，对重点项目委托第三方机构进行绩效评价，截止目前，正在开展此项工作。")
            .Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_text_that_makes_its_own_rule_is_policy_though_it_speaks_of_assessment_and_scores()
    {
        var record = new Docs()
            .Para("某市12345政务服务便民热线工作考核办法")
            .Para("为提高12345热线办理质量，进一步提升群众满意度，根据有关要求，制定本考核办法。")
            .Para("一、考核对象：各区人民政府，市直有关部门单位。")
            .Para("二、考核内容包括办结率、群众满意率两项指标，总分为100分，办结率得分按排名确定。")
            .Extract();
        Assert.Equal("policy", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_report_that_drew_up_its_units_internal_control_system_is_still_a_report()
    {
        var record = new Docs()
            .Para("某县民政局2022年度部门整体支出绩效自评报告")
            .Para("一、部门基本情况")
            .Para("某县民政局内设办公室、社会救助股等6个股室，2022年度部门预算收入1250.00万元，支出1180.00万元，预算执行率94.4%。")
            .Para("二、预算管理情况")
            .Para("我局严格执行预算，结合本局实际，制定本单位内部控制制度，进一步规范资金使用。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
    }

    [Fact]
    public void A_report_that_drew_up_this_evaluations_work_plan_is_still_a_report()
    {
        var record = new Docs()
            .Para("某县农村公路养护项目绩效评价报告")
            .Para("一、绩效评价工作开展情况")
            .Para("评价组根据项目特点，制定本次评价工作方案。")
            .Para("项目年度预算资金260万元，实际支出251万元，预算执行率96.5%。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
    }
}
