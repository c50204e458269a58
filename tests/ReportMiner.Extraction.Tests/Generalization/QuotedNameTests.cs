using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>Names that quote a programme's slogan inside them (R191, R078, R068).</summary>
public sealed class QuotedNameTests
{
    [Fact]
    public void A_name_that_opens_with_a_quoted_slogan_keeps_its_opening_quote()
    {
        var project = new Docs().Para("项目支出绩效目标表")
            .Table("项目名称\t“美丽庭院”、“文明乡风”创建工作经费", "主管部门\t某县妇女联合会").Single();
        Assert.Equal("“美丽庭院”、“文明乡风”创建工作经费", project.Name);
    }

    [Fact]
    public void Quotes_around_the_whole_name_are_dropped()
    {
        var project = new Docs().Para("项目支出绩效目标表")
            .Table("项目名称\t“乡村文化振兴工作经费”", "主管部门\t某县文化和旅游局").Single();
        Assert.Equal("乡村文化振兴工作经费", project.Name);
    }
}
