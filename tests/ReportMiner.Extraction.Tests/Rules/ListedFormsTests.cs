using ReportMiner.Extraction.Projects;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A department's listing of its forms (自评表清单) names each project by its form.</summary>
public sealed class ListedFormsTests
{
    private static Docs FormListing() => new Docs()
        .Para("2022年度项目支出绩效自评表")
        .Para("滁州市人力资源和社会保障局本级单位项目绩效自评表清单")
        .Table("序号\t项目名称\t备注", "1\t“三支一扶”省级财政补助资金自评表\t", "2\t城乡劳动力发展工作经费自评表\t", "3\t人事考试专项经费自评表\t")
        .Para("项目支出绩效自评表")
        .Table("项目名称\t“三支一扶”省级财政补助资金", "主管部门\t滁州市人力资源和社会保障局", "实施单位\t滁州市人力资源和社会保障局");

    [Fact]
    public void A_listed_form_and_the_form_below_are_one_project()
    {
        var names = FormListing().Extract().Projects.Select(p => p.Name).ToList();
        Assert.Equal(3, names.Count);
        Assert.Single(names, n => n!.Contains("省级财政补助资金"));
    }

    [Fact]
    public void A_listed_forms_project_is_named_without_the_forms_kind()
    {
        var names = FormListing().Extract().Projects.Select(p => p.Name).ToList();
        Assert.Contains("城乡劳动力发展工作经费", names);
        Assert.DoesNotContain(names, n => n!.EndsWith("自评表", StringComparison.Ordinal));
    }

    [Fact]
    public void Form_endings_are_tried_longest_first_whatever_their_order_in_the_data_file()
    {
        Assert.Equal(["绩效自评表", "自评表", "表"], ListedProjectsRule.LongestFirst(["表", " 自评表", "绩效自评表", ""]));
    }

    [Theory]
    [InlineData(" 人事考试专项经费绩效自评表 ", "人事考试专项经费")]
    [InlineData(" 人事考试专项经费 ", "人事考试专项经费")]
    public void A_listed_name_comes_back_trimmed_whether_or_not_a_form_ending_was_cut(string listed, string name)
    {
        Assert.Equal(name, ListedProjectsRule.WithoutFormEnding(listed));
    }

    [Theory]
    [InlineData("农村公路养护资金绩效运行监控表", "农村公路养护资金")]
    [InlineData("农村公路养护资金绩效监控表", "农村公路养护资金")]
    [InlineData("农村公路养护资金绩效目标执行监控表", "农村公路养护资金")]
    public void A_listed_monitoring_form_is_named_without_its_whole_ending(string listed, string name)
    {
        Assert.Equal(name, ListedProjectsRule.WithoutFormEnding(listed));
    }
}
