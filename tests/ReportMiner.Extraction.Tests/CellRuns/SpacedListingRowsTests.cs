using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.CellRuns;

/// <summary>
/// A listing of projects whose cells are separated by spaces, one row per line (a PDF's text without its layout; the
/// spaced metamorphic variant of R068, R269, R270): the heading line gives the columns and each numbered line that
/// fills them is one project.
/// </summary>
public sealed class SpacedListingRowsTests
{
    private static Docs Lines(params string[] lines)
    {
        var docs = new Docs();
        foreach (var line in lines) docs.Para(line);
        return docs;
    }

    [Fact]
    public void Numbered_lines_that_fill_every_heading_are_one_project_each()
    {
        var projects = Lines("某市财政局关于2022年度部门重点绩效评价结果的公开", "现将评价结果公开如下:",
            "序号 主管部门 项目名称 资金量 (万元) 评价等级",
            "1 某市体育局 全民健身设施维护项目 320 良",
            "2 某市应急管理局 应急救援物资储备经费 145.5 优",
            "3 某市文化广电旅游局 乡村旅游扶持资金 860 中",
            "附件下载").Extract().Projects;
        Assert.Equal(["全民健身设施维护项目", "应急救援物资储备经费", "乡村旅游扶持资金"], projects.Select(p => p.Name));
        Assert.Equal([320.0, 145.5, 860.0], projects.Select(p => p.BudgetWan));
        Assert.Equal(["良", "优", "中"], projects.Select(p => p.Grade));
    }

    [Fact]
    public void Unnumbered_rows_under_a_heading_line_that_opens_with_the_name_may_leave_the_last_heading_blank()
    {
        var projects = Lines("2023年度新增地方政府专项债券项目绩效评价情况", "单位:亿元",
            "项目名称 债券性质 债券规模 自评分数 自评等级",
            "城南污水处理厂扩建工程 其他专项债券 0.8 95",
            "城北综合管廊建设项目 其他专项债券 1.2 90.5",
            "扫码在手机上查看本页").Extract().Projects;
        Assert.Equal(["城南污水处理厂扩建工程", "城北综合管廊建设项目"], projects.Select(p => p.Name));
        Assert.Equal([95.0, 90.5], projects.Select(p => p.Score));
    }

    [Fact]
    public void A_numbered_line_with_a_figure_under_the_name_is_no_listing_row()
    {
        var projects = Lines("某市2022年度项目支出绩效自评表", "项目名称 全民健身设施维护项目",
            "序号 项目名称 资金量 评价得分",
            "1 2022 320 90",
            "2 2021 145.5 88").Extract().Projects;
        Assert.Equal("全民健身设施维护项目", Assert.Single(projects).Name);
    }
}
