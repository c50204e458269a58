namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>How a report's title lines give its project name when the title is wrapped, generic or one cell of a row.</summary>
public sealed class TitleLinesTests
{
    [Fact]
    public void A_title_wrapped_after_its_place_and_year_is_named_from_both_lines()
    {
        var project = new Docs()
            .Para("某某县2023年度乡村道路日常养护")
            .Para("专项资金项目绩效评价自评报告")
            .Para("一、项目基本情况")
            .Para("本项目全年预算120万元，已全部支付。")
            .Single();
        Assert.Equal("乡村道路日常养护专项资金项目", project.Name);
    }

    [Fact]
    public void A_date_line_above_a_title_is_not_the_titles_first_part()
    {
        var project = new Docs()
            .Para("2023年5月27日")
            .Para("水库巡查管护经费项目绩效自评报告")
            .Para("一、项目基本情况")
            .Single();
        Assert.Equal("水库巡查管护经费项目", project.Name);
    }

    [Fact]
    public void A_generic_title_takes_the_bracketed_name_on_the_line_below()
    {
        var project = new Docs()
            .Para("附件1")
            .Para("2021年度项目绩效自评报告")
            .Para("（城区公厕保洁运维经费项目）")
            .Para("一、项目基本情况")
            .Para("本项目全年预算30万元。")
            .Single();
        Assert.Equal("城区公厕保洁运维经费项目", project.Name);
    }

    [Fact]
    public void A_bracketed_name_right_above_the_first_section_names_the_project_when_the_title_is_cut_off()
    {
        var project = new Docs()
            .Para("索引号 | 0000-2020-001 | 发布机构 | 某某县林业局 |")
            .Para("公开目录 | 财政预决算 | 发布日期 | 2020-08-28 |")
            .Para("（河道巡护船只租赁项目）")
            .Para("一、项目基本情况")
            .Para("本项目全年预算12万元，已全部支付。")
            .Para("二、项目绩效自评工作开展情况")
            .Para("我局成立绩效自评工作组，对项目绩效目标完成情况进行了自评。")
            .Single();
        Assert.Equal("河道巡护船只租赁项目", project.Name);
    }

    [Fact]
    public void A_bracketed_line_that_no_section_follows_names_no_project()
    {
        var project = new Docs()
            .Para("（河道巡护船只租赁项目）")
            .Para("本单位全年预算12万元，已全部支付。")
            .Para("一、项目基本情况")
            .Para("二、项目绩效自评工作开展情况")
            .Para("我局成立绩效自评工作组，对项目绩效目标完成情况进行了自评。")
            .Single();
        Assert.True(string.IsNullOrEmpty(project.Name));
    }

    [Fact]
    public void A_bracketed_year_below_a_generic_title_names_no_project()
    {
        var project = new Docs()
            .Para("项目绩效自评报告")
            .Para("（2021年度）")
            .Para("一、项目基本情况")
            .Single();
        Assert.True(string.IsNullOrEmpty(project.Name));
    }

    [Fact]
    public void A_title_written_between_bars_beside_a_label_is_named_from_its_own_cell()
    {
        var project = new Docs()
            .Para("名称: | 某某县2022年度残疾人康复补助资金绩效自评报告 | 文号: | 无 |")
            .Para("一、项目基本情况")
            .Single();
        Assert.Equal("残疾人康复补助资金", project.Name);
    }

    [Fact]
    public void A_name_in_brackets_after_the_report_type_names_the_project_rather_than_the_funds_before_it()
    {
        var project = new Docs()
            .Para("某某区文旅局中央转移支付2023年度绩效自评报告（乡镇综合文化站免费开放补助资金）")
            .Para("一、绩效目标分解下达情况")
            .Para("本年下达资金12万元，已全部支付。")
            .Single();
        Assert.Equal("乡镇综合文化站免费开放补助资金", project.Name);
    }

    [Fact]
    public void A_count_in_brackets_after_the_report_type_names_no_project()
    {
        var project = new Docs()
            .Para("项目绩效自评报告（通用12篇）")
            .Para("一、项目基本情况")
            .Single();
        Assert.True(string.IsNullOrEmpty(project.Name));
    }

    [Fact]
    public void A_title_whose_subject_does_not_end_as_a_project_or_fund_names_no_project()
    {
        var project = new Docs()
            .Para("某某县2022年度预算绩效管理工作情况考核自评报告")
            .Para("一、基本情况")
            .Para("本年度共完成考核任务3项。")
            .Single();
        Assert.True(string.IsNullOrEmpty(project.Name), project.Name);
    }

    [Fact]
    public void A_title_whose_subject_is_a_transfer_payment_names_it()
    {
        var project = new Docs()
            .Para("某某县2022年度平安乡村工程转移支付绩效自评报告")
            .Para("一、基本情况")
            .Single();
        Assert.Equal("平安乡村工程转移支付", project.Name);
    }
}

