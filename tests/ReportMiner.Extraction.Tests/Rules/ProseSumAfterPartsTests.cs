namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A sentence that lists the approved parts and then their 合计 gives the sum as the budget.</summary>
public sealed class ProseSumAfterPartsTests
{
    [Fact]
    public void The_sum_after_the_listed_batches_is_the_budget()
    {
        var project = new Docs()
            .Para("某县2022年农村道路建设项目绩效自评报告")
            .Para("该项目分两批实施，一批项目县级批复总投资1200.5万元（其中建筑工程1100万元），二批项目县级批复投资800万元（其中建筑工程760万元），合计批复总投资2000.5万元。")
            .Single();
        Assert.Equal(2000.5, project.BudgetWan);
    }

    [Fact]
    public void Parts_after_an_unbracketed_qizhong_are_still_not_the_budget()
    {
        var project = new Docs()
            .Para("某县2022年农村道路建设项目绩效自评报告")
            .Para("项目预算资金共计500万元。其中：中央资金300万元，县级资金200万元。")
            .Single();
        Assert.Equal(500, project.BudgetWan);
    }
}
