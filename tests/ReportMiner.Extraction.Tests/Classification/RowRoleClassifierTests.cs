using ReportMiner.Extraction.Classification;
using ReportMiner.Extraction.Classification.Training;
using Xunit.Abstractions;

namespace ReportMiner.Extraction.Tests.Classification;

public sealed class RowRoleClassifierTests(ITestOutputHelper output)
{
    private static readonly RowRoleClassifier Classifier = RowRoleClassifier.Default;

    [Fact]
    public void Rows_of_held_out_documents_get_the_accuracy_the_model_card_records()
    {
        var heldOut = HeldOut.Of(ModelTraining.RowLabels);
        Assert.True(heldOut.Count >= 20, $"only {heldOut.Count} held-out rows");
        var wrong = heldOut.Where(e => Role(e) != e.Label).ToArray();
        foreach (var e in wrong) output.WriteLine($"{e.Text}\texpected {e.Label}\tgot {Role(e)}");
        var accuracy = 1.0 - (double)wrong.Length / heldOut.Count;
        output.WriteLine($"held-out accuracy {accuracy:F3} on {heldOut.Count}");
        Assert.True(accuracy >= 0.7, $"held-out accuracy {accuracy:F3}");
        Assert.Equal(Classifier.Card.HeldOutAccuracy, accuracy, 6);
    }

    [Fact]
    public void A_header_an_indicator_and_a_total_row_are_told_apart()
    {
        Assert.Equal("header", Classify(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"], 0, 9).Role);
        Assert.Equal("indicator", Classify(["产出指标", "数量指标", "受理来电数量", "≥100万件", "120万件", "10", "10"], 1, 9).Role);
        Assert.Equal("total", Classify(["总分", "100", "96.5"], 8, 9).Role);
    }

    [Fact]
    public void A_row_shape_reads_back_from_its_label_line()
    {
        var shape = TableRowShape.Parse("总分 | 100 | 97.6 | ", ["5,1,1,1", "7", "8", "8", "0"]);
        Assert.Equal(4, shape.Cells.Count);
        Assert.Equal(5, shape.Cells[0].ColumnSpan);
        Assert.Equal(7, shape.RowIndex);
        Assert.Throws<InvalidDataException>(() => TableRowShape.Parse("a | b", ["1", "0", "1", "2", "0"]));
    }

    private static RolePrediction Classify(string[] cells, int row, int rows) =>
        Classifier.Classify(new TableRowShape(cells.Select(c => new RowCell(c, 1)).ToArray(), row, rows, cells.Length, 0));

    // Training scores an unsure prediction as wrong (it counts as "other", which is no row role); so does this.
    private static string Role(LabelledExample e) => Classifier.Classify(TableRowShape.Parse(e.Text, e.Extra)).Role;
}
