using ReportMiner.Extraction.Classification;
using ReportMiner.Extraction.Classification.Training;
using Xunit.Abstractions;

namespace ReportMiner.Extraction.Tests.Classification;

public sealed class ColumnRoleClassifierTests(ITestOutputHelper output)
{
    private static readonly ColumnRoleClassifier Classifier = ColumnRoleClassifier.Default;

    [Fact]
    public void Held_out_header_wordings_get_the_accuracy_the_model_card_records()
    {
        var heldOut = HeldOut.Of(ModelTraining.ColumnLabels);
        Assert.True(heldOut.Count >= 10, $"only {heldOut.Count} held-out headers");
        var wrong = heldOut.Where(e => Classifier.Classify(e.Text).Role != e.Label).ToArray();
        foreach (var e in wrong) output.WriteLine($"{e.Text}\texpected {e.Label}\tgot {Classifier.Classify(e.Text)}");
        var accuracy = 1.0 - (double)wrong.Length / heldOut.Count;
        output.WriteLine($"held-out accuracy {accuracy:F3} on {heldOut.Count}");
        Assert.True(accuracy >= 0.6, $"held-out accuracy {accuracy:F3}");
        Assert.Equal(Classifier.Card.HeldOutAccuracy, accuracy, 6);
    }

    [Theory]
    [InlineData("年度指标值", "target")]
    [InlineData("实际完成值", "actual")]
    [InlineData("三级指标", "level3")]
    [InlineData("一級指標", "level1")]
    [InlineData("得分", "score")]
    [InlineData("偏差原因分析及改进措施", "reason")]
    public void Common_headers_get_their_role(string header, string role)
    {
        var prediction = Classifier.Classify(header);
        Assert.Equal(role, prediction.Role);
        Assert.InRange(prediction.Probability, Classifier.Card.Threshold, 1.0);
    }

    [Fact]
    public void An_empty_header_is_other_with_no_confidence() => Assert.Equal(new RolePrediction("other", 0), Classifier.Classify("  "));
}
