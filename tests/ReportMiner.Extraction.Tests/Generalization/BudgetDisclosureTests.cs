using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>
/// A department's budget disclosure for the year ahead (部门预算公开) states its budget and no performance record: it is no
/// report, and a text without a report's form must speak the report's own vocabulary, not only the finance word 预算.
/// </summary>
public sealed class BudgetDisclosureTests
{
    [Fact]
    public void A_departments_budget_disclosure_in_the_national_outline_is_not_a_report()
    {
        var record = new Docs()
            .Para("一、部门预算单位构成")
            .Para("某县文联部门预算包括本级机关，无下属单位。")
            .Para("二、收支预算情况：2025年收入预算120.5万元，支出预算120.5万元，其中项目支出30万元。")
            .Para("三、“三公”经费预算情况：2025年“三公”经费预算数为6万元，其中公务接待费2万元。")
            .Para("四、政府性基金预算情况：本部门2025年无政府性基金预算拨款安排的支出。")
            .Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Theory]
    [InlineData("某县某镇人民政府2024年部门预算情况说明")]
    [InlineData("某区住房和城乡建设局2023年度部门决算公开说明")]
    [InlineData("某县文化馆2022年度单位决算情况说明")]
    public void A_disclosure_titled_as_the_departments_budget_or_accounts_statement_is_not_a_report(string title)
    {
        var record = new Docs()
            .Para(title)
            .Para("一、单位基本情况")
            .Para("（一）职能职责：财政办负责财政收支、预决算、惠农资金兑付、财政资金监督检查、绩效评价等工作。")
            .Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_text_whose_only_report_word_is_the_budget_is_not_a_report()
    {
        var record = new Docs()
            .Para("一、部门职责")
            .Para("某市档案馆负责全市档案的收集、保管和利用。")
            .Para("二、收支增减变化说明")
            .Para("本部门2025年预算共安排资金210.3万元，较上年增加12.6万元。")
            .Para("其中基本支出预算180.3万元，人员经费预算150.1万元。")
            .Extract();
        Assert.Equal("other", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_report_cut_before_its_title_that_speaks_of_its_project_funds_stays_a_report()
    {
        var record = new Docs()
            .Para("一、基本情况")
            .Para("（一）项目资金安排情况。2024年省级财政安排某发展资金共3000万元，于2023年12月提前下达。")
            .Para("（二）资金主要用途。用于改善乡村道路和饮水设施。")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
    }

    [Fact]
    public void A_forms_rows_labelled_with_the_budget_alone_are_still_a_report()
    {
        var record = new Docs()
            .Table("项目当年预算(万元)\t85.6\t同名项目上年预算额(万元)\t80.0", "主管部门\t某县农业农村局\t实施单位\t某县农技站")
            .Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.Single(record.Projects);
    }
}
