using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.CellRuns;

/// <summary>
/// A listing of projects written one cell per line (R270, R271, R285 of the real corpus: a page's text of a bond
/// projects' listing, or a table export that ends each cell with " |"): the headings give the columns and the cell
/// lines below are cut into one row per project.
/// </summary>
public sealed class ListingCellRowsTests
{
    private static Docs Lines(params string[] lines)
    {
        var docs = new Docs();
        foreach (var line in lines) docs.Para(line);
        return docs;
    }

    [Fact]
    public void Rows_without_numbers_are_cut_where_a_name_follows_the_figures_of_the_row_before()
    {
        var projects = Lines("某县教育局2023年度专项债券项目绩效自评情况", "我局2023年度新增专项债券项目2个,现将自评结果公示如下:",
            "单位:万元", "项目名称", "债券类型", "债券规模", "自评分数", "自评等级",
            "城东实验小学扩建工程", "社会事业专项债券", "3500", "93.5",
            "县职业技术学校实训楼建设项目", "社会事业专项债券", "1200", "88").Extract().Projects;
        Assert.Equal(["城东实验小学扩建工程", "县职业技术学校实训楼建设项目"], projects.Select(p => p.Name));
        Assert.Equal([3500.0, 1200.0], projects.Select(p => p.BudgetWan));
        Assert.Equal([93.5, 88.0], projects.Select(p => p.Score));
    }

    [Fact]
    public void Numbered_rows_ending_each_cell_with_a_bar_are_cut_at_their_numbers_and_a_section_row_gives_no_project()
    {
        var projects = Lines("某县财政局关于2024年度重点绩效评价结果的公开", "表1:重点项目绩效评价结果表",
            "序号 |", "项目名称 |", "实施单位 |", "预算资金(万元) |", "评价得分 |", "评价等级 |",
            "一 |", "项目支出绩效评价 |", "||||",
            "1 |", "乡镇污水管网改造项目 |", "某县住房和城乡建设局 |", "420.00 |", "86.5 |", "良 |",
            "2 |", "农村公路安全防护工程 |", "某县交通运输局 |", "260.00 |", "91 |", "优 |",
            "扫码在手机上查看本页").Extract().Projects;
        Assert.Equal(["乡镇污水管网改造项目", "农村公路安全防护工程"], projects.Select(p => p.Name));
        Assert.Equal([420.0, 260.0], projects.Select(p => p.BudgetWan));
        Assert.Equal(["良", "优"], projects.Select(p => p.Grade));
    }

    [Fact]
    public void A_forms_label_and_value_lines_over_its_money_block_are_no_listing()
    {
        var project = Lines("某县2022年度项目支出绩效自评表", "项目名称", "村级道路硬化工程", "主管部门", "某县交通运输局",
            "年初预算数", "全年预算数", "执行数", "年度资金总额", "150", "150", "140", "其中:财政拨款", "150", "150", "140").Single();
        Assert.Equal("村级道路硬化工程", project.Name);
    }
}
