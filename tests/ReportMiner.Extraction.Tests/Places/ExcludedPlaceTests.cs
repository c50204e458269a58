using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Places;

/// <summary>A province's report that leaves its separately planned city out ("全省(不含青岛)") is not that city's report.</summary>
public sealed class ExcludedPlaceTests
{
    [Fact]
    public void A_city_a_provinces_report_leaves_out_in_brackets_is_not_the_projects_city()
    {
        var record = new Docs()
            .Para("山东省城市管网改造奖补资金绩效评价报告")
            .Para("一、项目基本情况")
            .Para("支持和引导全省各地(不含青岛)推进整县制管网改造，对15个市(不含青岛,下同)按标准给予补助。")
            .Para("2022年省财政厅下达管网改造奖补资金3.8亿元。")
            .Extract();
        var project = Assert.Single(record.Projects);
        Assert.Equal("山东省", project.Province);
        Assert.Null(project.City);
    }
}
