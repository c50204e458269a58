using ReportMiner.Extraction.Classification;
using ReportMiner.Extraction.Classification.Training;
using Xunit.Abstractions;

namespace ReportMiner.Extraction.Tests.Classification;

public sealed class AmountRoleClassifierTests(ITestOutputHelper output)
{
    private static readonly AmountRoleClassifier Classifier = AmountRoleClassifier.Default;

    [Fact]
    public void Held_out_amount_contexts_are_classified_with_at_least_85_percent_accuracy()
    {
        var heldOut = HeldOut.Of(ModelTraining.AmountLabels);
        Assert.True(heldOut.Count >= 50, $"only {heldOut.Count} held-out contexts");
        var wrong = heldOut.Where(e => Classifier.Classify(e.Text).Role != e.Label).ToArray();
        foreach (var e in wrong) output.WriteLine($"{e.Text}\texpected {e.Label}\tgot {Classifier.Classify(e.Text)}");
        var accuracy = 1.0 - (double)wrong.Length / heldOut.Count;
        output.WriteLine($"held-out accuracy {accuracy:F3} on {heldOut.Count}");
        Assert.True(accuracy >= 0.85, $"held-out accuracy {accuracy:F3}");
        Assert.Equal(Classifier.Card.HeldOutAccuracy, accuracy, 6);
    }

    [Theory]
    [InlineData("年初预算安排13410.06万元", "budget")]
    [InlineData("实际支出38.25万元", "actual")]
    [InlineData("与服务商签订合同，合同金额为128万元", "contract")]
    [InlineData("上年结转资金12.5万元", "prior_year")]
    [InlineData("结余资金3.2万元", "balance")]
    [InlineData("年初预算安排13410.06万元，实际支出13398.2万元", "actual")]
    [InlineData("實際支出38.25萬元", "actual")]
    public void Amounts_in_prose_get_their_role(string context, string role) =>
        Assert.Equal(role, Classifier.Classify(context).Role);

    [Fact]
    public void The_amount_position_can_be_given_explicitly()
    {
        const string text = "年初预算安排13410.06万元，实际支出13398.2万元";
        Assert.Equal("budget", Classifier.Classify(text, text.IndexOf("13410", StringComparison.Ordinal)).Role);
        Assert.Equal("actual", Classifier.Classify(text, text.IndexOf("13398", StringComparison.Ordinal)).Role);
    }

    [Fact]
    public void Empty_context_is_other() => Assert.Equal(new RolePrediction("other", 0), Classifier.Classify(""));
}
