namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A paragraph that lists its grants one after another, then their sum: the sum is the project's budget, not the first
/// grant read (evidence, even half: R394, R198, R486).
/// </summary>
public sealed class ProseSummedTotalTests
{
    [Fact]
    public void A_later_sum_of_the_grants_before_it_is_the_budget_rather_than_the_first_grant()
    {
        var project = new Docs()
            .Para("某区农业生产发展资金绩效自评报告")
            .Para("2020年10月，财政部提前下达我区农业生产发展专项转移支付预算4631万元；2021年4月，财政部下达我区农业生产发展专项转移支付预算1634万元；下达一次性补贴资金预算444万元；2021年农业生产发展资金合计6709万元。")
            .Single();
        Assert.Equal(6709, project.BudgetWan);
    }

    [Fact]
    public void A_later_sum_of_a_batch_by_its_parts_and_a_settlement_is_the_budget()
    {
        var project = new Docs()
            .Para("某县基本公共卫生服务项目绩效自评报告")
            .Para("我县及时将基本公共卫生服务项目预拨资金3608万元(中央资金2855万元、省级资金753万元)分配到各项目实施机构，年终考核后将剩余的清算资金120万元分配到位，2023年度基本公共卫生服务资金3728万元全部执行到位。")
            .Single();
        Assert.Equal(3728, project.BudgetWan);
    }

    [Fact]
    public void A_bare_total_of_granted_funds_is_the_budget()
    {
        var project = new Docs()
            .Para("某区农机购置补贴项目绩效自评报告")
            .Para("2023年度省级拨付我区农机购置补贴资金62万元，中央拨付16万元。上年度结余的资金6.47万元，共计84.47万元。")
            .Single();
        Assert.Equal(84.47, project.BudgetWan);
    }

    [Fact]
    public void A_sum_of_amounts_that_are_not_grants_is_not_the_budget()
    {
        // Per-county amounts summed: nothing names money granted, so the sum is not read as the budget.
        var project = new Docs()
            .Para("某市非遗保护项目绩效自评报告")
            .Para("分配到各县区：南陵县24.6万元，无为市56.5万元，繁昌区74.1万元，共计155.2万元。")
            .Single();
        Assert.Null(project.BudgetWan);
    }

    [Fact]
    public void A_sum_that_does_not_include_the_budget_read_leaves_it()
    {
        var project = new Docs()
            .Para("某县农村道路建设项目绩效自评报告")
            .Para("项目预算资金500万元。采购设备120万元，支付工程款200万元，合计支出资金320万元。")
            .Single();
        Assert.Equal(500, project.BudgetWan);
    }
}
