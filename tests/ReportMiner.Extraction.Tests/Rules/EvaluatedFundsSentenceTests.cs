namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// An evaluator's opening sentence names the funds it evaluated, with the year and the province before them and the
/// management they were evaluated on after: "对2023年度某省X专项资金管理使用情况开展了绩效评价" (R254, R518).
/// </summary>
public sealed class EvaluatedFundsSentenceTests
{
    [Fact]
    public void Funds_whose_management_and_use_were_evaluated_are_named_without_the_province_after_the_year()
    {
        var project = new Docs()
            .Para("根据省财政厅关于开展2022年度省级预算部门绩效自评的通知要求，我厅成立绩效评价工作组，对2022年度江西省文化产业发展专项资金管理使用情况开展了绩效评价，现将评价情况报告如下：")
            .Para("一、基本情况")
            .Para("2022年省级财政安排文化产业发展专项资金3000万元，全年支出2950万元。")
            .Para("二、绩效目标完成情况")
            .Single();
        Assert.Equal("文化产业发展专项资金", project.Name);
    }
}
