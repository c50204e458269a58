namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A county's report that names its own unit by the level alone ("区农业农村局"), more than once.</summary>
public sealed class LevelNamedOfficeTests
{
    [Fact]
    public void A_bureau_named_by_its_level_twice_in_the_prose_is_the_department()
    {
        var project = new Docs()
            .Para("2023年高标准农田建设项目绩效评价报告")
            .Para("根据相关文件要求，由区农业农村局实施2023年高标准农田建设项目。")
            .Para("区农业农村局2024年累计申请项目预算资金495万元。")
            .Single();
        Assert.Equal("区农业农村局", project.Department);
    }

    [Fact]
    public void A_level_named_bureau_mentioned_once_is_not_taken()
    {
        var project = new Docs()
            .Para("2023年高标准农田建设项目绩效评价报告")
            .Para("根据相关文件要求，由区农业农村局实施2023年高标准农田建设项目。")
            .Single();
        Assert.Null(project.Department);
    }

    [Fact]
    public void The_finance_bureau_the_unit_reports_to_is_not_the_department()
    {
        var project = new Docs()
            .Para("2016年公路日常养护项目支出绩效评价报告")
            .Para("预算批复后，向县财政局申报项目拨款。县财政局派业务股室核实后拨款。")
            .Single();
        Assert.Null(project.Department);
    }

    [Fact]
    public void A_level_inside_a_longer_word_opens_no_office()
    {
        var project = new Docs()
            .Para("2022年环境卫生项目绩效评价报告")
            .Para("城市管理局负责实施。城市管理局按季度考核。")
            .Single();
        Assert.NotEqual("市管理局", project.Department);
    }
}
