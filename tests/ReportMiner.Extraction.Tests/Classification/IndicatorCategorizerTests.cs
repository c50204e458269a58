using ReportMiner.Extraction.Classification;
using ReportMiner.Extraction.Classification.Training;
using Xunit.Abstractions;

namespace ReportMiner.Extraction.Tests.Classification;

public sealed class IndicatorCategorizerTests(ITestOutputHelper output)
{
    private static readonly IndicatorCategorizer Categorizer = IndicatorCategorizer.Default;

    [Fact]
    public void Held_out_indicator_names_are_categorized_with_at_least_90_percent_accuracy()
    {
        var heldOut = HeldOut.Of(ModelTraining.IndicatorLabels);
        Assert.True(heldOut.Count >= 200, $"only {heldOut.Count} held-out names");
        // An unsure prediction (Category null) counts as "other", as its users will treat it.
        var wrong = heldOut.Where(e => (Categorizer.Categorize(e.Text).Category ?? "other") != e.Label).ToArray();
        foreach (var e in wrong) output.WriteLine($"{e.Text}\texpected {e.Label}\tgot {Categorizer.Categorize(e.Text)}");
        var accuracy = 1.0 - (double)wrong.Length / heldOut.Count;
        output.WriteLine($"held-out accuracy {accuracy:F3} on {heldOut.Count}");
        Assert.True(accuracy >= 0.90, $"held-out accuracy {accuracy:F3}");
        Assert.Equal(Categorizer.Card.HeldOutAccuracy, accuracy, 6);
    }

    [Theory]
    [InlineData("月度话务接通率", "answer_rate")]
    [InlineData("话务平台可用率", "platform_availability")]
    [InlineData("对群众办理结果不满意的回访率", "callback_rate")]
    [InlineData("工单转派及时率", "dispatch_timeliness")]
    [InlineData("群众咨询事项一次性解答率", "first_contact_resolution")]
    [InlineData("话务服务市民满意度", "satisfaction")]
    [InlineData("领导接电交办重点事项完成率", "completion_rate")]
    [InlineData("预算完成率", "budget_execution")]
    [InlineData("诉求解决率", "resolution_rate")]
    [InlineData("公众投诉率", "complaint_rate")]
    [InlineData("人员流失率", "staff_turnover")]
    [InlineData("培训及时性", "training")]
    [InlineData("二级故障", "fault_response")]
    [InlineData("市民滿意率", "satisfaction")]
    [InlineData("12345熱線話務接通率", "answer_rate")]
    [InlineData("預算執行率（%）", "budget_execution")]
    public void Report_indicator_names_get_their_category(string name, string category)
    {
        var prediction = Categorizer.Categorize(name);
        Assert.Equal(category, prediction.Category);
        Assert.False(prediction.Uncertain);
        Assert.InRange(prediction.Probability, Categorizer.Card.Threshold, 1.0);
    }

    [Theory]
    [InlineData("资产管理制度健全")]
    [InlineData("政府采购规范性")]
    [InlineData("受理事件总量")]
    public void Indicators_outside_the_taxonomy_get_no_category(string name)
    {
        var prediction = Categorizer.Categorize(name);
        Assert.Null(prediction.Category);
        Assert.Equal("other", prediction.TopClass);
    }

    [Theory]
    [InlineData("")]
    [InlineData("xyz")]
    public void Meaningless_names_are_uncertain(string name)
    {
        var prediction = Categorizer.Categorize(name);
        Assert.Null(prediction.Category);
        Assert.True(prediction.Uncertain || prediction.TopClass == "other");
    }
}
