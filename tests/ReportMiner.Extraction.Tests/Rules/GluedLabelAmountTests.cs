namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A form's money labels glued to their figures with the unit in brackets between them, as a page's stored text keeps
/// them (R108, R256 of the real corpus): the label's cue words say what the figure is.
/// </summary>
public sealed class GluedLabelAmountTests
{
    [Fact]
    public void Glued_labels_with_their_unit_in_brackets_give_the_budget_and_the_spending()
    {
        var project = new Docs()
            .Para("2019年度乡村道路养护项目财政支出绩效评价报告")
            .Para("项目名称:乡村道路养护项目项目单位:某县交通运输局项目类型经常性项目计划投资额(万元)86.50实际到位资金(万元)80.00实际使用情况(万元)79.25其中:中央财政")
            .Single();
        Assert.Equal(86.5, project.BudgetWan);
        Assert.Equal(79.25, project.ActualWan);
    }

    [Fact]
    public void A_glued_budget_row_whose_figures_run_together_is_not_read_as_one_amount()
    {
        var project = new Docs()
            .Para("2019年度乡村道路养护项目绩效自评表")
            .Para("项目名称乡村道路养护项目年度资金总额(万元)194.9194.9100%")
            .Single();
        Assert.NotEqual(194.9194, project.BudgetWan);
    }

    [Fact]
    public void Money_received_is_not_taken_for_the_budget_or_the_spending()
    {
        var project = new Docs()
            .Para("2019年度乡村道路养护项目财政支出绩效评价报告")
            .Para("项目名称:乡村道路养护项目实际到位资金(万元)80.00其中:中央财政")
            .Single();
        Assert.Null(project.BudgetWan);
        Assert.Null(project.ActualWan);
    }
}
