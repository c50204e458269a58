namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Evaluations written against a scoring framework name each criterion in a numbered heading alone on its line, often
/// with its points, and close the paragraphs under it on the score it got: each such heading is an indicator with its
/// weight and score, under the framework's parts above it.
/// </summary>
public sealed class ScoredCriterionHeadingTests
{
    [Fact]
    public void A_numbered_heading_whose_paragraphs_close_on_a_score_is_an_indicator_with_its_points_and_score()
    {
        var project = new Docs()
            .Para("某县2021年农村饮水安全补助资金绩效自评报告")
            .Para("一、投入(15分)")
            .Para("(一)项目立项(9分)")
            .Para("(1)立项依据充分性(4分)")
            .Para("项目符合省级规划要求,按规定程序申报。自评得4分。")
            .Para("(2)项目预算合理性(5分):")
            .Para("预算编制与年度任务相匹配,但测算依据不够细化。自评得3.5分。")
            .Para("(二)资金到位(6分)")
            .Para("资金按时拨付到项目单位。自评得6分。")
            .Para("二、过程(40分)")
            .Para("(一)项目管理(10分)")
            .Para("(1)管理制度健全(3分)")
            .Para("制定了项目管理办法,明确了各方职责。自评得3分。")
            .Single();
        var basis = Assert.Single(project.Indicators, i => i.Name == "立项依据充分性");
        Assert.Equal(("投入", "项目立项", 4.0, 4.0), (basis.Level1, basis.Level2, basis.Weight, basis.Score));
        var budget = Assert.Single(project.Indicators, i => i.Name == "项目预算合理性");
        Assert.Equal((5.0, 3.5), (budget.Weight, budget.Score));
        var funds = Assert.Single(project.Indicators, i => i.Name == "资金到位");
        Assert.Equal(("投入", (string?)null, 6.0), (funds.Level1, funds.Level2, funds.Score));
        var rules = Assert.Single(project.Indicators, i => i.Name == "管理制度健全");
        Assert.Equal(("过程", "项目管理"), (rules.Level1, rules.Level2));
        Assert.Equal(4, project.Indicators.Count);
    }

    [Fact]
    public void A_heading_without_points_takes_its_score_and_the_aspect_heading_above_it_as_its_level()
    {
        var project = new Docs()
            .Para("某市2022年度水利发展资金绩效评价工作自评报告")
            .Para("一、资金管理方面")
            .Para("1、市级配套资金落实情况")
            .Para("本年度市级预算安排配套资金20万元,已全部到位。指标评价得分5分。")
            .Para("2、资金拨付的及时性情况")
            .Para("资金在规定时限内拨付至项目单位。指标评价得分3分。")
            .Single();
        var local = Assert.Single(project.Indicators, i => i.Name == "市级配套资金落实情况");
        Assert.Equal(("资金管理方面", 5.0), (local.Level1, local.Score));
        Assert.Contains(project.Indicators, i => i.Name == "资金拨付的及时性情况" && i.Score == 3);
    }

    [Fact]
    public void One_scored_section_heading_is_the_reports_total_not_a_criterion()
    {
        var project = new Docs()
            .Para("某市2021年妇幼健康项目绩效自评报告")
            .Para("三、完成情况")
            .Para("全年共开展免费检查6000人次,各机构严格技术操作规程。")
            .Para("自评得分96.5分。")
            .Single();
        Assert.DoesNotContain(project.Indicators, i => i.Score is not null);
    }

    [Fact]
    public void A_heading_named_for_a_part_of_the_framework_is_that_parts_total_not_a_criterion()
    {
        var project = new Docs()
            .Para("某县2020年临时救助资金绩效评价报告")
            .Para("二、绩效自评情况")
            .Para("对照绩效评价指标逐项自评,总评得分为96分。")
            .Para("1、项目投入情况,自评得分18分。")
            .Para("年初县财政配套30万元,已全部到位。")
            .Para("2、项目过程情况,自评得分30分。")
            .Para("资金实行专账管理,拨付手续完备。")
            .Single();
        Assert.DoesNotContain(project.Indicators, i => i.Score is not null);
    }

    [Fact]
    public void Full_marks_and_the_score_got_in_the_heading_give_the_weight_and_score_under_the_framework_part()
    {
        var project = new Docs()
            .Para("某县2022年老旧小区改造民生工程绩效自评报告")
            .Para("二、自评基本结论(满分100分,实得97分)")
            .Para("(一)投入(满分15分,实得14分)")
            .Para("1.项目申报(满分5分,实得5分)")
            .Para("我局对城区逐一摸排,制定了年度实施方案。")
            .Para("2.资金管理(满分10分,实得9分)")
            .Para("资金专账核算,拨付程序规范。")
            .Single();
        var filing = Assert.Single(project.Indicators, i => i.Name == "项目申报");
        Assert.Equal(("投入", (string?)null, 5.0, 5.0), (filing.Level1, filing.Level2, filing.Weight, filing.Score));
        Assert.Contains(project.Indicators, i => i.Name == "资金管理" && i.Weight == 10 && i.Score == 9);
        Assert.Equal(2, project.Indicators.Count);
    }
}
