using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Taxonomy;
using ReportMiner.TestSupport;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// The categorizer's guess stands only where the name carries the category's wording: R012, R088, R263, R266 file
/// 及时率 names as work-order dispatch, R040, R164, R221, R312 file 拨付/拨款/下达 rates as budget execution, and
/// R135, R195, R202, R391 file a task's 完成率 as case completion, which the gold leaves without a category.
/// </summary>
public sealed class CategoryEvidenceTests
{
    [Theory]
    [InlineData("dispatch_timeliness", "年度、半年趋势报告及时率")]
    [InlineData("dispatch_timeliness", "县级储备粮贷款付息及时率")]
    [InlineData("budget_execution", "预算资金拨款率")]
    [InlineData("budget_execution", "补助经费足额拨付率")]
    [InlineData("completion_rate", "项目按时完成率")]
    [InlineData("completion_rate", "送戏进万村活动完成率")]
    [InlineData("platform_availability", "能繁母猪稳定率")]
    public void A_name_without_the_category_s_wording_does_not_show_it(string category, string name) =>
        Assert.False(CategoryEvidence.Shows(category, name));

    [Theory]
    [InlineData("budget_execution", "年度预算执行率")]
    [InlineData("completion_rate", "政务服务工作办结率")]
    [InlineData("platform_availability", "大厅运行正常率")]
    [InlineData("satisfaction", "服务对象满意度")]
    [InlineData("training", "党性教育培训次数")]
    [InlineData("dispatch_timeliness", "工单派发及时率")]
    public void A_name_with_the_category_s_wording_shows_it(string category, string name) =>
        Assert.True(CategoryEvidence.Shows(category, name));

    [Fact]
    public void Every_line_of_the_shipped_evidence_file_names_a_category_and_a_keyword_of_the_taxonomy()
    {
        var path = Path.Combine(RepoPaths.Root, "src", "ReportMiner.Extraction", "Indicators", "Data", "category-evidence.tsv");
        var lines = File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').ToList();

        var words = CategoryEvidence.Read(lines, IndicatorTaxonomy.Default);

        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Contains(l.Split('\t')[0], IndicatorTaxonomy.Default.Keys));
        Assert.Equal(IndicatorTaxonomy.Default.Keys.Order(), words.Keys.Order());
    }

    [Theory]
    [InlineData("dispatch_timelines\t+派发及时")]
    [InlineData("completion_rate +交办")]
    [InlineData("completion_rate\t交办")]
    [InlineData("completion_rate\t-没有这个词")]
    public void A_mistyped_evidence_line_is_an_error_when_the_file_is_read(string line) =>
        Assert.Throws<InvalidDataException>(() => CategoryEvidence.Read([line], IndicatorTaxonomy.Default));

    [Fact]
    public void A_task_completion_rate_extracted_from_a_table_gets_no_category()
    {
        var project = new Docs().Para("某县2022年文化惠民项目绩效自评报告").Table(
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值",
            "产出指标\t数量指标\t送戏进万村活动完成率\t100%\t100%",
            "^\t^\t预算资金当年下达率\t100%\t100%",
            "满意度指标\t服务对象满意度指标\t群众满意度\t≥95%\t96%").Single();

        Assert.Null(project.Indicators.Single(i => i.Name == "送戏进万村活动完成率").Category);
        Assert.Null(project.Indicators.Single(i => i.Name == "预算资金当年下达率").Category);
        Assert.Equal("satisfaction", project.Indicators.Single(i => i.Name == "群众满意度").Category);
    }
}
