namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// Prose money of unseen reports (Money/Data/money-audit.tsv): a later total that encloses the first budget read,
/// a budget dated to 年初, a sentence of per-fund rates, and 资金共 as a total.
/// </summary>
public sealed class ProseEnclosingTotalTests
{
    [Fact]
    public void A_later_total_listing_the_first_grant_as_its_part_is_the_budget()
    {
        var project = new Docs()
            .Para("某县水土保持工程项目绩效自评报告")
            .Para("省财政厅下达我县中央水利发展资金500万元。")
            .Para("水土保持工程项目立项批复525.39万元，其中500万元为中央水利发展资金，其余为地方自筹。")
            .Single();
        Assert.Equal(525.39, project.BudgetWan);
    }

    [Fact]
    public void A_later_total_sharing_a_listed_part_with_the_first_total_is_the_budget()
    {
        var project = new Docs()
            .Para("某市残疾人事业发展补助资金绩效自评报告")
            .Para("中、省下达残疾人事业发展补助资金合计1067.2万元。其中，中央资金776.84万元，省级资金290.36万元。")
            .Para("全市残疾人事业发展补助资金共计1987.08万元。其中中央资金776.84万元，省级资金290.36万元，地方资金919.88万元。")
            .Single();
        Assert.Equal(1987.08, project.BudgetWan);
    }

    [Fact]
    public void A_later_total_sharing_nothing_with_the_budget_leaves_it()
    {
        var project = new Docs()
            .Para("某县农村道路建设项目绩效自评报告")
            .Para("项目预算资金共计500万元。其中：中央资金300万元，县级资金200万元。")
            .Para("全县农业农村资金共计3000万元，其中：社会资本投入2100万元，银行贷款900万元。")
            .Single();
        Assert.Equal(500, project.BudgetWan);
    }

    [Fact]
    public void Funds_received_in_all_are_the_budget()
    {
        var project = new Docs()
            .Para("优抚对象生活补助经费转移支付绩效自评报告")
            .Para("2023年收到中央下达优抚对象生活补助资金1372.7万元，自治区下达98.6万元，地方匹配859.6万元。")
            .Para("2023年收到财政资金共2330.9万元，其中：中央资金1372.7万元，地方资金98.6万元，其他资金859.6万元。")
            .Single();
        Assert.Equal(2330.9, project.BudgetWan);
    }

    [Fact]
    public void A_total_reads_no_more_than_sixteen_listed_parts()
    {
        // A line of thousands of amounts would give each of its budgets thousands of parts to compare pair by pair.
        var parts = string.Join("，", Enumerable.Range(1, 16).Select(k => $"第{k}批资金{k}万元"));
        var project = new Docs()
            .Para("某县项目绩效自评报告")
            .Para("省财政厅下达我县项目资金500万元。")
            .Para($"项目资金共计1136万元，其中：{parts}，第17批资金500万元。")
            .Single();
        Assert.Equal(500, project.BudgetWan);
    }

    [Theory]
    [InlineData("本单位为财政全额拨款单位，2022年年初项目预算总计899.7万元，实际到账支付462.4万元。", 899.7)]
    [InlineData("根据2023年度年初预算，安排20万元用于地质灾害防治技术服务保障经费。", 20)]
    public void A_budget_the_sentence_dates_to_the_start_of_the_year_is_the_initial_budget(string sentence, double initial)
    {
        var project = new Docs().Para("某单位项目绩效自评报告").Para(sentence).Single();
        Assert.Equal(initial, project.BudgetInitialWan);
        Assert.Equal(initial, project.BudgetWan);
    }

    [Fact]
    public void A_budget_after_the_year_start_goals_is_not_dated_to_the_start_of_the_year()
    {
        var project = new Docs()
            .Para("某县公共文化服务体系项目绩效自评报告")
            .Para("根据年初设定的绩效目标，项目全年预算资金共计200万元，执行数为179.43万元。")
            .Single();
        Assert.Null(project.BudgetInitialWan);
        Assert.Equal(200, project.BudgetWan);
    }

    [Fact]
    public void Rates_of_the_fund_parts_in_one_sentence_give_way_to_the_project_rate()
    {
        var project = new Docs()
            .Para("某市残疾人事业发展补助资金绩效自评报告")
            .Para("截止12月31日中央资金完成636.75万元，预算执行率81.97%，省级资金完成288.26万元，预算执行率99.28%。")
            .Para("全年执行资金1847.85万元，执行率92.9%。")
            .Single();
        Assert.Equal(92.9, project.ExecutionRatePct);
    }

    [Fact]
    public void One_rate_repeated_in_a_sentence_is_still_the_project_rate()
    {
        var project = new Docs()
            .Para("某县项目绩效自评报告")
            .Para("项目预算执行率100%，中央资金执行率100%。")
            .Single();
        Assert.Equal(100, project.ExecutionRatePct);
    }

    [Fact]
    public void A_rate_with_its_bracketed_part_rate_is_still_the_project_rate()
    {
        var project = new Docs()
            .Para("某市三峡后续工作资金绩效自评报告")
            .Para("截止2021年12月31日，资金总额预算执行率为81.95%(其中财政资金预算执行率为80.04%)，完成帮扶项目123个。")
            .Single();
        Assert.Equal(81.95, project.ExecutionRatePct);
    }
}
