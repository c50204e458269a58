namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A transfer payment's self-evaluation without its title still names its funds in the outline's first point
/// ("（一）下达X预算和绩效目标情况").
/// </summary>
public sealed class TransferHeadingNameTests
{
    [Fact]
    public void The_funds_handed_down_in_the_first_point_name_the_project_of_an_untitled_report()
    {
        var project = new Docs()
            .Para("一、绩效目标分解下达情况")
            .Para("（一）下达农村危房改造转移支付预算和绩效目标情况。")
            .Para("2023年共下达补助资金246.2万元。")
            .Para("二、绩效目标完成情况分析")
            .Single();
        Assert.Equal("农村危房改造转移支付", project.Name);
    }

    [Fact]
    public void The_year_and_the_level_that_handed_the_funds_down_are_no_part_of_the_name()
    {
        var project = new Docs()
            .Para("一、绩效目标分解下达情况")
            .Para("（一）中央下达2021年农村环境整治资金预算情况。")
            .Para("二、绩效目标完成情况分析")
            .Single();
        Assert.Equal("农村环境整治资金", project.Name);
    }

    [Fact]
    public void A_first_point_on_funds_in_general_names_no_project()
    {
        var project = new Docs()
            .Para("一、绩效目标分解下达情况")
            .Para("（一）省级下达转移支付预算和绩效目标情况")
            .Para("二、绩效目标完成情况分析")
            .Single();
        Assert.True(string.IsNullOrEmpty(project.Name));
    }

    [Fact]
    public void A_point_below_the_second_section_is_not_the_outline_opening()
    {
        var project = new Docs()
            .Para("一、绩效目标完成情况")
            .Para("全年完成目标。")
            .Para("二、存在问题")
            .Para("（一）下达农村危房改造转移支付预算和绩效目标情况。")
            .Single();
        Assert.True(string.IsNullOrEmpty(project.Name));
    }

    [Fact]
    public void A_title_that_names_the_funds_keeps_its_name()
    {
        var project = new Docs()
            .Para("某县2021年度中央财政水利发展资金绩效自评报告")
            .Para("一、绩效目标分解下达情况")
            .Para("（一）中央下达水利发展资金预算和绩效目标情况")
            .Single();
        Assert.Equal("中央财政水利发展资金", project.Name);
    }

    [Fact]
    public void The_funds_the_first_sentence_says_were_handed_down_name_an_untitled_report()
    {
        var project = new Docs()
            .Para("一、绩效目标分解下达情况")
            .Para("（一）中央资金下达情况。2024年度，中央分三批向广西下达城乡居民基本养老保险转移支付资金900304万元。")
            .Para("二、绩效目标完成情况分析")
            .Single();
        Assert.Equal("城乡居民基本养老保险转移支付资金", project.Name);
    }

    [Fact]
    public void The_place_the_funds_were_handed_to_is_no_part_of_their_name()
    {
        var project = new Docs()
            .Para("一、绩效目标分解下达情况")
            .Para("2020年，自治州下达博乐市抗疫特别国债资金4.54亿元，涉及4个部门单位。")
            .Single();
        Assert.Equal("抗疫特别国债资金", project.Name);
    }

    [Fact]
    public void The_level_the_funds_were_handed_to_and_the_budget_word_are_no_part_of_their_name()
    {
        var project = new Docs()
            .Para("一、绩效目标分解下达情况")
            .Para("中央以《财政部关于提前下达2021年农业相关转移支付资金预算的通知》文件下达我区农业生产发展专项转移支付预算463142万元。")
            .Single();
        Assert.Equal("农业生产发展专项转移支付", project.Name);
    }

    [Fact]
    public void Funds_handed_down_without_a_name_of_their_own_name_no_project()
    {
        var project = new Docs()
            .Para("一、绩效目标分解下达情况")
            .Para("根据文件，下达给我单位资金1.53万元。")
            .Single();
        Assert.True(string.IsNullOrEmpty(project.Name));
    }

    [Fact]
    public void Funds_handed_down_below_the_second_section_name_no_project()
    {
        var project = new Docs()
            .Para("一、绩效目标分解下达情况")
            .Para("二、绩效目标完成情况分析")
            .Para("2020年，自治州下达博乐市抗疫特别国债资金4.54亿元。")
            .Single();
        Assert.True(string.IsNullOrEmpty(project.Name));
    }

    [Fact]
    public void The_funds_heading_above_the_outline_names_a_part_of_a_report_on_several_funds()
    {
        var project = new Docs()
            .Para("一、中央自然灾害救灾资金（森林草原航空消防租机补助经费）")
            .Para("（一）绩效目标分解下达情况")
            .Para("2024年共投入租机补助经费预算14856.17万元。其中，财政部下达11682万元。")
            .Single();
        Assert.Equal("中央自然灾害救灾资金(森林草原航空消防租机补助经费)", project.Name);
    }

    [Fact]
    public void The_office_year_and_what_the_heading_says_of_the_funds_are_no_part_of_their_name()
    {
        var project = new Docs()
            .Para("某管理区专项转移支付2023年度农机购置补贴实施情况")
            .Para("绩效目标分解下达情况")
            .Para("2023年度省级拨付我区农机购置补贴资金62万元。")
            .Single();
        Assert.Equal("农机购置补贴", project.Name);
    }

    [Fact]
    public void Cells_run_into_the_heading_line_before_the_funds_name_are_left_out()
    {
        var project = new Docs()
            .Para("某市林业和草原局2021年度中央对地方转移支付预算执行情况绩效自评报告")
            .Para("(略) 分 林业改革发展资金绩效自评")
            .Para("一、绩效目标分解下达情况")
            .Para("中央下达补助资金万元。")
            .Single();
        Assert.Equal("林业改革发展资金", project.Name);
    }

    [Fact]
    public void A_heading_above_the_outline_that_names_no_funds_names_no_project()
    {
        var project = new Docs()
            .Para("一、住房保障绩效自评")
            .Para("（一）绩效目标分解下达情况。")
            .Para("按要求分解下达。")
            .Single();
        Assert.True(string.IsNullOrEmpty(project.Name));
    }
}
