namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A report titled by its unit and year puts the project's name in brackets on the line below the title
/// ("某县第二中学2023年度项目支出绩效自评报告" / "（学生营养改善专项经费）"; R172, R180 and R408 of the real corpus):
/// the bracketed line names the project, not the unit's words in the title.
/// </summary>
public sealed class BracketedNameUnderTitleTests
{
    [Fact]
    public void A_bracketed_name_under_a_units_title_is_the_projects_name()
    {
        var project = new Docs()
            .Para("某县第二中学2023年度项目支出绩效自评报告")
            .Para("（学生营养改善专项经费）")
            .Para("一、自评结论")
            .Para("我校学生营养改善专项经费项目自评得分98分。")
            .Single();
        Assert.Equal("学生营养改善专项经费", project.Name);
    }

    [Fact]
    public void A_bracketed_year_under_a_title_leaves_the_titles_name()
    {
        var project = new Docs()
            .Para("某县2023年度学生营养改善专项经费绩效自评报告")
            .Para("（2023年度）")
            .Para("一、自评结论")
            .Single();
        Assert.Equal("学生营养改善专项经费", project.Name);
    }
}
