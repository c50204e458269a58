namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A sheet's title row may be merged into the first label cell of its form ("某县项目支出绩效自评表 (2020年度) 项目名称"):
/// the label is what follows the title, and its value is the next cell.
/// </summary>
public sealed class TitledFirstLabelTests
{
    [Fact]
    public void A_name_label_after_the_form_s_title_in_one_cell_names_the_project()
    {
        var project = new Docs()
            .Table(
                "长沙县项目支出绩效自评表 (2020年度) 项目名称\t城乡居民医保配套资金\t主管部门\t长沙县医疗保障局",
                "项目资金\t年初预算数\t全年预算数\t全年执行数",
                "年度资金总额\t65.66\t65.66\t65.07")
            .Single();
        Assert.Equal("城乡居民医保配套资金", project.Name);
        Assert.Equal("长沙县医疗保障局", project.Department);
    }

    [Fact]
    public void A_form_title_cell_without_a_label_after_it_names_nothing_by_itself()
    {
        var project = new Docs()
            .Table(
                "长沙县项目支出绩效自评表 (2020年度) 填报说明\t按实际填写\t主管部门\t长沙县医疗保障局",
                "项目资金\t年初预算数\t全年预算数\t全年执行数",
                "年度资金总额\t65.66\t65.66\t65.07")
            .Single();
        Assert.NotEqual("按实际填写", project.Name);
    }
}
