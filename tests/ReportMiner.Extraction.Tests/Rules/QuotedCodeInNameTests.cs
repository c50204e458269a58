namespace ReportMiner.Extraction.Tests.Rules;

public sealed class QuotedCodeInNameTests
{
    [Fact]
    public void A_quoted_date_code_opening_a_title_name_is_part_of_the_name_not_the_name()
    {
        var project = new Docs()
            .Para("2018年“11.03”金沙江干流白格堰塞湖下游应急救灾专项补助资金项目绩效评价报告")
            .Para("一、基本情况")
            .Para("项目资金500万元。")
            .Single();
        Assert.Contains("金沙江干流白格堰塞湖下游应急救灾专项补助资金", project.Name);
    }

    // Outputs cannot tell the bound apart (a part runs 60 characters at most either way); the work can: unbounded, the
    // look ahead scanned to the line's end from every opening quote (a 200,000-character line 2.4 s → 8.9 s, review58 M7).
    [Fact]
    public void The_look_for_a_chinese_word_in_a_quoted_part_repeats_nothing_without_a_bound()
    {
        var pattern = ReportMiner.Extraction.Projects.ProjectNameRule.Quoted().ToString();
        Assert.DoesNotMatch(@"(?<!\\)[*+]|\{\d+,\}", pattern);
    }

    [Fact]
    public void A_quoted_part_whose_only_chinese_word_ends_it_sixty_characters_long_is_still_read()
    {
        var part = new string('1', 59) + "款";
        Assert.Equal(part, ReportMiner.Extraction.Projects.ProjectNameRule.Quoted().Match("某县“" + part + "”项目").Groups[1].Value);
    }
}
