namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A web page's text export writes a table's cells between bars, one row per line ending in the bars of its empty
/// cells ("| 年度资金总额 | 12.5 | 12.5 | ||||"); a cell with a line break goes on over the next line.
/// </summary>
public sealed class PipeTableTextTests
{
    [Fact]
    public void Rows_written_between_bars_are_read_as_a_table()
    {
        var project = TextReports.Single(
            "| 项目名称 | 村级文化广场建设 | ||||||",
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | ||",
            "| 产出指标 | 数量指标 | 新建文化广场 | 2个 | 2个 | 20 | 20 | ||",
            "| 质量指标 | 工程验收合格率 | 100% | 100% | 20 | 19 | |||",
            "| 满意度指标 | 服务对象满意度指标 | 村民满意度 | ≥90% | 95% | 10 | 10 | ||");
        Assert.Equal(["新建文化广场", "工程验收合格率", "村民满意度"], project.Indicators.Select(i => i.Name));
        Assert.Equal("质量指标", project.Indicators[1].Level2);
        Assert.Equal(19.0, project.Indicators[1].Score);
    }

    [Fact]
    public void A_header_cell_broken_over_lines_stays_one_cell_of_its_row()
    {
        var project = TextReports.Single(
            "绩效指标 | 一级 指标 |",
            "二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | ||",
            "产出指标 | 数量指标 | 补助种植面积 | 20 | 30亩 | 31亩 | 20 | |||",
            "效益指标 | 经济效益指标 | 带动农户增收 | 20 | ≥2000元 | 2300元 | 20 | ||");
        Assert.Equal(["补助种植面积", "带动农户增收"], project.Indicators.Select(i => i.Name));
        Assert.Equal([20.0, 20.0], project.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal("30亩", project.Indicators[0].Target!.Text);
    }

    [Fact]
    public void Rows_led_by_text_that_close_their_last_cell_with_one_bar_are_one_row_per_line()
    {
        // R068, R158, R198: a page's export that starts each row with its first cell and ends it with a single bar.
        var projects = TextReports.Extract(
            "现将评价结果通报如下:",
            "序号 | 主管部门 | 项目名称 | 资金量(万元) | 评价等级 |",
            "1 | 某县农业农村局 | 高标准农田建设补助 | 350 | 良 |",
            "2 | 某县文化旅游局 | 乡村文化站运行经费 | 42.5 | 优 |",
            "3 | 某县应急管理局 | 应急物资储备经费 | 80 | 中 |");
        Assert.Equal(["高标准农田建设补助", "乡村文化站运行经费", "应急物资储备经费"], projects.Select(p => p.Name));
        Assert.Equal(["良", "优", "中"], projects.Select(p => p.Grade));
    }

    [Fact]
    public void A_navigation_line_with_bars_stays_a_paragraph()
    {
        var project = TextReports.Single(
            "首页 | 政务公开 | 联系我们",
            "一级指标\t二级指标\t三级指标\t指标值",
            "产出指标\t数量指标\t新建文化广场\t2个");
        Assert.Equal("新建文化广场", Assert.Single(project.Indicators).Name);
    }
    [Fact]
    public void A_form_written_one_line_per_row_keeps_a_bar_led_line_in_the_row_above_it()
    {
        // R109: each row on a line of its own, closed by one bar; a cell that broke its line goes on at a bar.
        var project = TextReports.Single(
            "项目支出绩效自评表 |",
            "项目名称 | 乡村道路养护补助 |",
            "主管部门 | 某县交通运输局 | 实施单位 | 某县公路养护中心 |",
            "项目资金 (万元) |",
            "| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
            "年度资金总额 |",
            "| 20 | 20 | 19.5 | 10 | 97.5% | 9.8 |",
            "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
            "产出指标 | 数量指标 | 养护农村公路里程 | 30公里 | 31公里 | 20 | 20 |",
            "效益指标 | 社会效益指标 | 群众出行条件改善 | 有效改善 | 有效改善 | 20 | 19 |");
        Assert.Equal("乡村道路养护补助", project.Name);
        Assert.Equal("某县交通运输局", project.Department);
        Assert.Equal(20.0, project.BudgetWan);
        Assert.Equal(["养护农村公路里程", "群众出行条件改善"], project.Indicators.Select(i => i.Name));
        Assert.Equal(19.0, project.Indicators[1].Score);
    }

    [Fact]
    public void A_list_written_one_cell_per_line_gives_a_project_per_serial_number()
    {
        // R055: the page wrote every cell of the list on its own line, closed by a bar, and no bar closes a row.
        var projects = TextReports.Extract(
            "现将项目绩效自评结果公开如下:",
            "序号 |", "主管部门 |", "项目名称 |", "评价等级 |",
            "1 |", "某县农业农村局 |", "高标准农田建设补助 |", "良 |",
            "2 |", "某县文化旅游局 |", "乡村文化站运行经费 |", "优 |",
            "3 |", "某县应急管理局 |", "应急物资储备经费 |", "中 |");
        Assert.Equal(["高标准农田建设补助", "乡村文化站运行经费", "应急物资储备经费"], projects.Select(p => p.Name));
        Assert.Equal(["良", "优", "中"], projects.Select(p => p.Grade));
    }
    [Fact]
    public void Indicator_rows_under_a_project_cell_that_spans_them_belong_to_that_project()
    {
        // R089: the export writes the bars of the cells the unit's and the project's merged cells cover at the end of the rows they cover.
        var projects = TextReports.Extract(
            "| 部门预算项目绩效目标申报表(2023年度) | |||||||||",
            "| 单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | |",
            "| 801-某镇部门 | 200,000.00 | |||||||||",
            "| 某镇人民政府 | 村级公益设施维护 | 120,000.00 | 维护村级公益设施正常运行 | 产出指标 | 数量指标 | 维护设施数量 | ≥ | 12 | 处 | |",
            "| 产出指标 | 质量指标 | 维护验收合格率 | ≥ | 95 | % | |||||",
            "| 满意度指标 | 服务对象满意度指标 | 村民满意度 | ≥ | 90 | % | |||||",
            "| 农村人居环境整治 | 80,000.00 | 改善农村人居环境 | 产出指标 | 数量指标 | 清理垃圾点 | ≥ | 30 | 个 | ||",
            "| 效益指标 | 生态效益指标 | 村庄环境改善 | ≥ | 90 | % | |||||");
        Assert.Equal(["村级公益设施维护", "农村人居环境整治"], projects.Select(p => p.Name));
        Assert.Equal(["维护设施数量", "维护验收合格率", "村民满意度"], projects[0].Indicators.Select(i => i.Name));
        Assert.Equal("村庄环境改善", projects[1].Indicators[^1].Name);
    }
}
