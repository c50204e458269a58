using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>
/// Values that only look like a project's fields: list numbers before a title, header rows a page export wrote
/// between bars, form labels run into an office's name, a department's final-accounts disclosure.
/// </summary>
public sealed class FieldHygieneTests
{
    [Theory]
    [InlineData("1、2022年度农村饮水安全维修养护项目绩效自评报告")]
    [InlineData("2.2022年度农村饮水安全维修养护项目绩效自评报告")]
    public void A_list_number_before_the_title_is_not_part_of_the_name(string title)
    {
        var project = new Docs().Para(title).Para("项目年度预算资金80万元，实际支出76万元。").Single();
        Assert.Equal("农村饮水安全维修养护项目", project.Name);
    }

    [Fact]
    public void A_header_row_written_between_bars_is_not_the_value_of_its_name_column()
    {
        var project = new Docs().Para("某区2022年度重点项目绩效评价结果")
            .Para("序号 | 主管部门(单位) | 项目名称 | 资金量(万元) | 评价等级 |")
            .Para("项目年度预算资金80万元，实际支出76万元。").Single();
        Assert.DoesNotContain("|", project.Name ?? "", StringComparison.Ordinal);
        Assert.NotEqual("资金量(万元)", project.Name);
    }

    [Fact]
    public void A_label_that_lost_its_separator_is_not_part_of_the_office_named_after_it()
    {
        var project = new Docs().Para("某某项目支出绩效自评表")
            .Para("项目概况：本项目由主管部门衡山县商务和粮食局组织实施，年度预算资金80万元，实际支出76万元。").Single();
        Assert.Equal("衡山县商务和粮食局", project.Department);
    }

    [Fact]
    public void A_finance_bureau_named_in_prose_is_not_the_department()
    {
        var project = new Docs().Para("某某项目支出绩效自评报告")
            .Para("经会同县财政局审核，衡山县商务和粮食局本年度预算资金80万元，实际支出76万元。").Single();
        Assert.Equal("衡山县商务和粮食局", project.Department);
    }

    [Fact]
    public void A_departments_final_accounts_disclosure_is_not_a_report()
    {
        var record = new Docs().Para("一、部门职责").Para("负责全县档案的收集、整理和利用。")
            .Para("一、收入支出决算总体情况说明").Para("本部门2021年度收、支总计420.5万元，与上年度决算相比增加12.1万元。")
            .Para("二、收入决算情况说明").Para("本部门2021年度本年收入合计400.2万元，其中财政拨款收入400.2万元。")
            .Para("三、支出决算情况说明").Para("本部门2021年度本年支出合计398.7万元，其中项目支出120.3万元。").Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_column_headed_unit_name_is_not_a_label_whose_neighbour_names_the_unit()
    {
        var project = new Docs().Para("某某项目支出绩效自评报告").Table("序号\t单位名称\t单位基本性质\t经费形式", "1\t某县档案馆\t事业单位\t财政拨款")
            .Para("项目年度预算资金80万元，实际支出76万元。").Single();
        Assert.NotEqual("单位基本性质", project.Name);
    }

    [Theory]
    [InlineData("主管部门\t某县教育局\t自评得分\t96", 96.0)]
    [InlineData("主管部门\t某县教育局\t自评总分(分)\t97.5", 97.5)]
    [InlineData("项目支出绩效自评表\t项目总得分\t95分", 95.0)]
    public void A_score_cell_in_the_forms_identity_block_is_the_projects_score(string row, double score)
    {
        var project = new Docs().Para("项目支出绩效自评表").Table("项目名称\t校园维修经费", row, "年度资金总额\t80\t76\t95%").Single();
        Assert.Equal(score, project.Score);
    }

    [Fact]
    public void A_score_heading_over_a_column_is_not_a_score()
    {
        var project = new Docs().Para("项目支出绩效自评表")
            .Table("项目名称\t校园维修经费", "一级指标\t二级指标\t三级指标\t分值\t自评得分\t偏差原因", "产出指标\t数量指标\t维修校舍面积\t20\t18\t无").Single();
        Assert.Null(project.Score);
    }

    [Theory]
    [InlineData("视频监控设备及线路租用费")]
    [InlineData("下一步将做好绩效监控，确保年度绩效目标如期实现。")]
    public void Cameras_and_plans_to_monitor_do_not_make_a_monitoring_report(string line)
    {
        var project = new Docs().Para("项目名称：数字化城市管理运行项目").Para(line)
            .Para("项目年度预算资金80万元，实际支出76万元，经自评，项目总体运行良好。").Single();
        Assert.Equal("self_evaluation", project.ReportKind);
    }

    [Fact]
    public void A_monitoring_form_named_in_a_heading_makes_a_monitoring_report()
    {
        var project = new Docs().Para("项目名称：数字化城市管理运行项目").Para("附表：项目运行监控情况")
            .Para("项目年度预算资金80万元，1-6月支出36万元。").Single();
        Assert.Equal("monitoring", project.ReportKind);
    }

    [Theory]
    [InlineData("1、部门整体绩效自评表")]
    [InlineData("附件2：部门整体支出绩效目标申报表 填报日期：2021年1月28日 填报人：某某")]
    public void A_whole_department_forms_title_names_the_department_as_what_it_reports_on(string title)
    {
        var project = new Docs().Para(title).Table("主管部门\t衡山县档案馆\t联系电话\t", "年度资金总额\t80\t76\t95%").Single();
        Assert.Equal("衡山县档案馆部门整体支出", project.Name);
    }

    [Fact]
    public void A_portal_title_label_that_lost_its_gap_is_not_part_of_the_name_or_the_department()
    {
        var project = new Docs().Para("标题衡山县水利局2022年度农村饮水安全维修养护项目绩效自评报告")
            .Para("衡山县水利局2022年度农村饮水安全维修养护项目绩效自评报告")
            .Para("项目年度预算资金80万元，实际支出76万元。").Single();
        Assert.False((project.Name ?? "").StartsWith("标题", StringComparison.Ordinal), project.Name);
        Assert.False((project.Department ?? "").StartsWith("标题", StringComparison.Ordinal), project.Department);
    }

    [Fact]
    public void A_cover_line_that_lost_its_gaps_gives_the_unit_up_to_the_next_label()
    {
        var project = new Docs().Para("某某项目支出绩效评价报告").Para("项目名称:智慧城管项目")
            .Para("项目主管部门:衡山县城市管理综合行政执法队评价实施部门:衡山县城市管理综合行政执法队评价机构名称:某某事务所2025年9月")
            .Single();
        Assert.Equal("衡山县城市管理综合行政执法队", project.Department);
    }

    [Fact]
    public void A_publisher_field_that_lost_its_gap_ends_at_the_next_field()
    {
        var project = new Docs().Para("您现在位置:首页>专题专栏>民生工程").Para("某县2021年农村饮水工程维修养护项目绩效自评报告")
            .Para("发布时间:2022-02-11 11:23来源:衡山县农业农村水利局浏览:").Para("项目年度预算资金80万元，实际支出76万元。").Single();
        Assert.Equal("衡山县农业农村水利局", project.Department);
    }
}
