using ReportMiner.Extraction.Classification;
using ReportMiner.Extraction.Classification.Training;

namespace ReportMiner.Extraction.Tests.Classification;

public sealed class IndicatorRowClassifierTests
{
    private static readonly TextClassifier Model = ModelStore.LoadEmbedded(ModelStore.IndicatorRow);

    [Fact]
    public void Rows_of_held_out_documents_get_the_accuracy_the_model_card_records()
    {
        var heldOut = HeldOut.Of(ModelTraining.IndicatorRowLabels);
        Assert.True(heldOut.Count >= 20, $"only {heldOut.Count} held-out rows");
        var correct = heldOut.Count(e => TextClassifierTrainer.Decide(Model.Predict(Input(e)), Model.Card.Threshold) == e.Label);
        var accuracy = (double)correct / heldOut.Count;
        Assert.True(accuracy >= 0.7, $"held-out accuracy {accuracy:F3}");
        Assert.Equal(Model.Card.HeldOutAccuracy, Math.Round(accuracy, 6), 6);
    }

    [Theory]
    [InlineData("产出指标", "LEVEL1")]
    [InlineData("数量指标", "LEVEL2")]
    [InlineData("受理来电数量", "LABEL")]
    [InlineData("≥95%", "COMPARED")]
    [InlineData("98.5%", "PERCENT")]
    [InlineData("120万件", "QUANTITY")]
    [InlineData("10", "SMALLINT")]
    [InlineData("13410.06", "NUMBER")]
    [InlineData("≥", "COMPARATOR")]
    [InlineData("是", "YESNO")]
    [InlineData("年度指标值", "HEADER")]
    [InlineData("  ", "EMPTY")]
    [InlineData("全年共受理群众来电一百二十万件，较上年增长百分之十二，接通及时", "LONG")]
    public void A_cell_is_known_by_what_it_holds(string text, string kind) => Assert.Equal(kind, CellShapes.KindOf(text));

    [Fact]
    public void A_row_of_the_national_form_reads_as_its_sequence_of_cell_kinds()
    {
        var tokens = IndicatorRowFeatures.Of(Row("产出指标", "数量指标", "受理来电数量", "≥100万件", "", "10")).Tokens.Split(' ');
        Assert.Contains("first:LEVEL1", tokens);
        Assert.Contains("has:SMALLINT", tokens);
        Assert.Contains("LABEL>COMPARED", tokens);
        Assert.DoesNotContain(tokens, t => t.Contains("EMPTY", StringComparison.Ordinal));
    }

    [Fact]
    public void An_indicator_row_is_told_from_a_header_and_a_money_row()
    {
        var classifier = new IndicatorRowClassifier(Model);
        var indicator = classifier.IndicatorProbability(Row("产出指标", "数量指标", "受理来电数量", "≥100万件", "120万件", "10", "10"));
        Assert.True(indicator >= 0.5, $"p = {indicator:F3}");
        Assert.True(classifier.IndicatorProbability(Row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")) < indicator);
        Assert.True(classifier.IndicatorProbability(Row("年度资金总额", "1350.5", "1322.39", "97.92%")) < indicator);
    }

    [Fact]
    public void Scoring_counts_the_labelled_indicator_rows_and_what_the_model_says_of_them()
    {
        var rows = new[]
        {
            Example("产出指标 | 数量指标 | 受理来电数量 | ≥100万件 | 120万件 | 10 | 10", "indicator"),
            Example("一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分", "header"),
            Example("年度资金总额 | 1350.5 | 1322.39 | 97.92%", "other"),
        };
        var score = IndicatorRowScore.Of(Model, rows, [0.0, 1.01]);
        Assert.Equal(3, score.Rows);
        Assert.Equal(new ThresholdScore(0.0, 3, 1, 1), score.Thresholds[0]);
        Assert.Equal(0, score.Thresholds[1].Predicted);
        Assert.Equal(1.0 / 3, score.Thresholds[0].Precision, 6);
    }

    private static TableRowShape Row(params string[] cells) => new(cells.Select(c => new RowCell(c, 1)).ToArray(), 1, 10, cells.Length, 0);

    private static LabelledExample Example(string cells, string label) =>
        new(cells, label, "synthetic") { Extra = [string.Join(',', cells.Split(TableRowShape.CellSeparator).Select(_ => "1")), "1", "10", "7", "0"] };

    private static ClassifierInput Input(LabelledExample e) => IndicatorRowFeatures.Of(TableRowShape.Parse(e.Text, e.Extra));
}
