using ReportMiner.Extraction.Projects;

namespace ReportMiner.Extraction.Tests.Rules;

public sealed class RunTogetherFormTests
{
    [Fact]
    public void A_form_whose_cells_a_document_site_ran_together_gives_the_project_name_and_department()
    {
        var record = new Docs()
            .Para("项目支出绩效自评表.doc")
            .Para("1、项目支出绩效自评表(2019年度) 项目名称社区垃圾分类宣传经费主管部门及代码某区城市管理委员会实施单位:某区环境卫生服务中心项目资金(万元) 年初预算数(A)全年执行数(B)")
            .Extract();
        var project = Assert.Single(record.Projects);
        Assert.Equal("社区垃圾分类宣传经费", project.Name);
        Assert.Equal("某区城市管理委员会", project.Department);
    }

    [Fact]
    public void A_funds_user_label_run_onto_the_department_ends_its_value()
    {
        var record = new Docs()
            .Para("2023年度自治区对市县转移支付项目绩效自评表")
            .Para("项目名称 某某彩票市场调控资金")
            .Para("自治区主管部门宁夏回族自治区民政厅资金使用单位宁夏福利彩票发行中心")
            .Extract();
        var project = Assert.Single(record.Projects);
        Assert.Equal("宁夏回族自治区民政厅", project.Department);
    }

    [Fact]
    public void A_whole_department_target_form_flattened_to_one_line_is_named_by_its_unit()
    {
        var record = new Docs()
            .Para("部门整体支出绩效目标表")
            .Para("部门(单位)名称 某市地方志研究室 部门预算编码 901002")
            .Extract();
        var project = Assert.Single(record.Projects);
        Assert.Contains("某市地方志研究室", project.Name);
        Assert.Equal("某市地方志研究室", project.Department);
    }

    [Fact]
    public void A_flattened_target_form_of_a_peoples_organisation_gives_its_name_as_the_department()
    {
        var record = new Docs()
            .Para("附件2 残疾人康复补助资金区域绩效目标表 ( 2020 年度) 专项名称 残疾人康复补助资金 主管部门 市残联 资金额度 300 万 年度总体目标 目标1:为残疾儿童提供康复救助。")
            .Extract();
        var project = Assert.Single(record.Projects);
        Assert.Equal("残疾人康复补助资金", project.Name);
        Assert.Equal("市残联", project.Department);
    }

    [Fact]
    public void A_target_form_row_joined_by_spaces_whose_name_label_carries_a_bracketed_note_gives_the_project_name()
    {
        var record = new Docs()
            .Para("项目绩效目标表")
            .Para("(2022年度)")
            .Para("申报单位 某区林业局 项目(专项)名称 某镇公路绿化美化项目")
            .Para("具体实施单位 某区林业局 项目属性 延续")
            .Extract();
        var project = Assert.Single(record.Projects);
        Assert.Equal("某镇公路绿化美化项目", project.Name);
    }

    [Fact]
    public void The_filing_unit_and_a_bracket_noted_name_label_cut_a_run_together_line()
    {
        Assert.Equal(
            new[] { ("申报单位", "某区林业局"), ("专项(项目)名称", "彩票市场调控资金") },
            RunTogetherFields.Split("申报单位某区林业局专项(项目)名称彩票市场调控资金"));
    }

    [Fact]
    public void Prose_that_names_form_labels_in_a_list_is_not_a_form()
    {
        Assert.Empty(RunTogetherFields.Split("项目基本信息包括项目名称、立项依据、实施周期、主管部门等信息"));
    }
}

/// <summary>
/// A document site that joined a page's forms into a few long lines starts the next form mid-line, right after the
/// last form's total (R194, R266 in .raw.txt): its identity block there opens a project of its own.
/// </summary>
public sealed class NextFormMidLineTests
{
    [Fact]
    public void A_second_forms_identity_block_run_on_after_the_first_forms_rows_opens_a_second_project()
    {
        var record = new Docs()
            .Para("1、项目支出绩效自评表(2021 年度)项目名称乡村文化广场维护经费主管部门某县文化馆实施单位某县文化馆项目资金 (万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额 15 15 10 100% 10")
            .Para("2、质量指标设施完好率≥95%98%1010时效指标维护及时率100%100%1010满意度 指标群众满意度≥95%96%1010总分10099项目名称农家书屋图书更新经费主管部门某县文化馆实施单位某县图书馆项目资金 (万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额 8 8 10 100% 10")
            .Extract();
        Assert.Equal(["乡村文化广场维护经费", "农家书屋图书更新经费"], record.Projects.Select(p => p.Name));
        Assert.All(record.Projects, p => Assert.Equal("某县文化馆", p.Department));
    }

    [Fact]
    public void A_sentence_that_lists_form_labels_mid_line_is_no_form()
    {
        Assert.Equal(-1, RunTogetherFields.NextFormStart("按照县财政局关于开展年度项目支出绩效自评工作的通知要求，本单位组织专人认真填写了自评表中的各项内容，包括项目名称、主管部门、实施单位等基本信息"));
    }

    [Fact]
    public void A_cover_line_that_opens_with_a_form_label_stays_one_identity_block()
    {
        Assert.Equal(-1, RunTogetherFields.NextFormStart("1、某街道2021年度单位项目支出绩效评价自评报告部门(单位)名称:某区某街道办事处项目名称:社区服务专项支出报告日期:2022年4月6日某区财政局(制)"));
    }

    [Fact]
    public void A_project_name_label_mid_line_with_one_label_after_it_is_no_form()
    {
        Assert.Equal(-1, RunTogetherFields.NextFormStart("本报告所称的各项指标均按照年度计划执行完毕并已报送财政部门审核项目名称某县道路维修工程主管部门"));
    }
}
