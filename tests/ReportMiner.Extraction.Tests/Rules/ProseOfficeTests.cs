namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>An office named in a report's prose is cut from the words of the sentence before it.</summary>
public sealed class ProseOfficeTests
{
    [Fact]
    public void The_verb_before_an_office_is_no_part_of_its_name()
    {
        var project = new Docs()
            .Para("一、项目基本情况")
            .Para("受委托，我所承担了衡阳市珠晖区农业农村局2022年度项目支出绩效评价工作，现将有关情况说明如下。")
            .Single();
        Assert.Equal("衡阳市珠晖区农业农村局", project.Department);
    }
}
