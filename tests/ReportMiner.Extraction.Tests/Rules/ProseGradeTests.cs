namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// The grade a report gives its project is written as "评价等级为“良”" or "评价等次为“良”"; a sentence that counts a
/// unit's projects by grade ("自评“优”的项目12个") gives none, whatever grades it lists.
/// </summary>
public sealed class ProseGradeTests
{
    [Fact]
    public void A_grade_stated_as_the_evaluations_rank_is_the_projects_grade()
    {
        var project = new Docs()
            .Para("某县2023年度农村饮水安全项目绩效评价报告")
            .Para("经综合评价，该项目得分84.5分，评价等次为“良”。").Single();
        Assert.Equal("良", project.Grade);
    }

    [Theory]
    [InlineData("全局共自评项目40个，其中绩效自评“优”的项目31个，绩效自评“良”的项目9个。")]
    [InlineData("从评价结果看，评价结论为“良”的6个，“中”的2个。")]
    [InlineData("本年度无等级为“优”和“差”的项目。")]
    public void A_sentence_counting_projects_by_grade_gives_no_grade(string sentence)
    {
        var project = new Docs()
            .Para("某市农业农村局2023年度项目支出绩效自评报告")
            .Para(sentence).Single();
        Assert.Null(project.Grade);
    }
}
