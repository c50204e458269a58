namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A unit's page that lists its budget projects one per line, a name and its money on each line and no table
/// (R260's list of a forestry bureau's projects above the first project's target form).
/// </summary>
public sealed class LinedProjectsTests
{
    [Theory]
    [InlineData("80")]
    [InlineData("٨٠")] // Arabic-Indic digits: the same projects with the ASCII value.
    public void Lines_of_a_name_and_its_money_that_include_the_forms_project_are_projects_of_their_own(string eighty)
    {
        var record = new Docs()
            .Para($"河道清淤疏浚工程{eighty}万元")
            .Para("水质自动监测站运维经费12.5万元")
            .Para("农村饮水安全巡查服务费9万元")
            .Para("项目绩效目标表")
            .Para("（2023年度）")
            .Table(
                "申报单位\t某区水利局\t项目名称\t河道清淤疏浚工程",
                $"资金情况(万元)\t年度资金总额:\t{eighty}")
            .Extract();
        Assert.Equal(["河道清淤疏浚工程", "水质自动监测站运维经费", "农村饮水安全巡查服务费"], record.Projects.Select(p => p.Name));
        Assert.Equal([80, 12.5, 9], record.Projects.Select(p => p.BudgetWan!.Value));
        Assert.All(record.Projects, p => Assert.Equal(2023, p.Year));
    }

    [Fact]
    public void A_text_report_whose_figures_are_written_in_arabic_indic_digits_yields_the_projects_of_its_ascii_twin()
    {
        const string ascii = "纳入自评的项目共2个：高标准农田建设项目预算20万元，实际支出19万元，执行率95%；农村人居环境整治经费预算15万元，实际支出15万元，执行率100%。";
        var arabicIndic = string.Concat(ascii.Select(c => char.IsAsciiDigit(c) ? (char)('٠' + (c - '0')) : c));
        var expected = TextReports.Extract(ascii).Select(p => (p.Name, p.BudgetWan, p.ActualWan, p.ExecutionRatePct)).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, TextReports.Extract(arabicIndic).Select(p => (p.Name, p.BudgetWan, p.ActualWan, p.ExecutionRatePct)));
    }

    [Fact]
    public void A_projects_money_rows_written_one_per_line_are_not_projects()
    {
        var record = new Docs()
            .Para("某镇污水管网改造项目绩效自评报告")
            .Para("中央资金120万元")
            .Para("省级资金40万元")
            .Para("其中管网铺设60万元")
            .Extract();
        Assert.Equal("某镇污水管网改造项目", Assert.Single(record.Projects).Name);
    }

    [Fact]
    public void Lines_that_share_no_name_with_a_named_project_are_its_parts()
    {
        var record = new Docs()
            .Para("某县农村公路提升项目绩效自评报告")
            .Para("项目名称：某县农村公路提升项目")
            .Para("路面硬化工程300万元")
            .Para("安全防护设施工程45万元")
            .Para("桥涵维修工程60万元")
            .Extract();
        Assert.Equal("某县农村公路提升项目", Assert.Single(record.Projects).Name);
    }
}
