namespace ReportMiner.Extraction.Tests.Rules;

public sealed class ProjectRuleTests
{
    [Fact]
    public void Two_project_name_blocks_make_two_projects_each_with_its_own_indicators()
    {
        var record = new Docs()
            .Para("财政项目支出绩效目标表").Para("(2023年度)").Para("申报单位名称：杭州市数据资源管理局")
            .Table("项目名称:\t政务热线运维经费\t项目类别:\t经常性", "项目当年预算(元):\t1,200,000\t项目总预算(元):\t1,200,000")
            .Table("一级目标\t二级目标\t三级目标\t指标目标值", "产出目标\t数量\t热线接通率\t>90%")
            .Para("财政项目支出绩效目标表").Para("(2023年度)").Para("申报单位名称：杭州市数据资源管理局")
            .Table("项目名称:\t知识库建设经费\t项目类别:\t一次性", "项目当年预算(元):\t300000\t项目总预算(元):\t300000")
            .Table("一级目标\t二级目标\t三级目标\t指标目标值", "产出目标\t质量\t知识准确率\t≥98%", "^\t^\t知识更新及时率\t=100%")
            .Extract();
        Assert.Equal(2, record.Projects.Count);
        var (first, second) = (record.Projects[0], record.Projects[1]);
        Assert.Equal("政务热线运维经费", first.Name);
        Assert.Equal(120, first.BudgetWan);
        Assert.Equal("热线接通率", Assert.Single(first.Indicators).Name);
        Assert.Equal("知识库建设经费", second.Name);
        Assert.Equal(30, second.BudgetWan);
        Assert.Equal(2, second.Indicators.Count);
        Assert.All(record.Projects, p =>
        {
            Assert.Equal("target", p.ReportKind);
            Assert.Equal("杭州市", p.City);
            Assert.Equal("浙江省", p.Province);
            Assert.Equal(2023, p.Year);
            Assert.Equal("杭州市数据资源管理局", p.Department);
        });
    }

    [Fact]
    public void The_name_is_the_title_without_its_leading_place_and_year()
    {
        var project = new Docs().Para("成都市2022年12345热线话务外包项目绩效自评报告").Para("一、基本情况").Single();
        Assert.Equal("12345热线话务外包项目", project.Name);
        Assert.Equal("self_evaluation", project.ReportKind);
        Assert.Equal("成都市", project.City);
        Assert.Equal(2022, project.Year);
        Assert.NotNull(project.Sources["name"].Snippet);
    }

    [Fact]
    public void Traditional_script_reports_read_like_simplified_ones()
    {
        var project = new Docs()
            .Para("臺北市2021年熱線服務項目績效評價報告")
            .Para("項目預算500萬元，實際支出450萬元，預算執行率90%。")
            .Para("綜合評價得分92分，績效評價級別為“優秀”。").Single();
        Assert.Equal("evaluation", project.ReportKind);
        Assert.Equal(500, project.BudgetWan);
        Assert.Equal(450, project.ActualWan);
        Assert.Equal(90, project.ExecutionRatePct);
        Assert.Equal(92, project.Score);
        Assert.Equal("优秀", project.Grade);
    }

    [Fact]
    public void A_quoted_project_name_in_the_title_is_taken_as_written()
    {
        var project = new Docs().Para("某区城市管理指挥中心").Para("“网格员聘用经费”项目绩效评价报告").Single();
        Assert.Equal("网格员聘用经费", project.Name);
        Assert.Equal("evaluation", project.ReportKind);
    }
}

public sealed class ProjectSplitTests
{
    [Fact]
    public void The_same_project_named_twice_with_year_and_ending_variations_stays_one_project()
    {
        var record = new Docs()
            .Para("项目名称：12345热线坐席外包项目")
            .Table("项目名称\t2021年12345热线坐席外包项目工作经费", "主管部门\t某市政务服务数据管理局")
            .Table("三级指标\t指标值\t分值\t得分", "接通率\t≥90%\t50\t50")
            .Extract();
        Assert.Single(record.Projects);
    }
}

public sealed class ColonlessLabelTests
{
    [Fact]
    public void A_label_whose_colon_was_lost_still_gives_its_value()
    {
        var project = new Docs().Para("财政项目支出绩效目标表").Para("申报单位名称上海市某某局").Single();
        Assert.Equal("上海市某某局", project.Department);
    }
}

public sealed class GenericTitleTests
{
    [Fact]
    public void A_generic_title_behind_an_unknown_place_gives_way_to_the_project_name_cell()
    {
        var project = new Docs().Para("岳蔓区财政支出项目绩效监控情况表")
            .Table("项目名称\t长沙市岳麓区热线话务员服务外包项目", "主管部门\t网格化综合服务中心").Single();
        Assert.Equal("长沙市岳麓区热线话务员服务外包项目", project.Name);
        Assert.Equal("岳麓区", project.District);
    }
}

public sealed class ListingHeadingAfterNameLabelTests
{
    [Theory]
    [InlineData("债券性质")]
    [InlineData("发行金额(亿元)")]
    [InlineData("资金量（万元）")]
    public void The_heading_beside_a_one_row_listings_name_column_is_not_the_projects_name(string heading)
    {
        var project = new Docs()
            .Para("专项债券项目绩效评价情况")
            .Table($"序号\t项目名称\t{heading}\t自评分数", "1\t某某新区安置房建设项目\t0.5\t92")
            .Single();
        // The one row of a listing that scores its projects names the page's project (R271, R285).
        Assert.Equal("某某新区安置房建设项目", project.Name);
    }
}

