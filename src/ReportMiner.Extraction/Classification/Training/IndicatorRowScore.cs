namespace ReportMiner.Extraction.Classification.Training;

/// <summary>Precision and recall of "indicator row" at one probability threshold.</summary>
public sealed record ThresholdScore(double Threshold, int Predicted, int Correct, int Labelled)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Labelled == 0 ? 0 : (double)Correct / Labelled;
}

/// <summary>
/// How the indicator-row model does on labelled rows of documents it was not trained on (the held-out half of the
/// real corpus, labelled by corpus/labels/generate_indicator_rows.py): aggregates only, never a row.
/// </summary>
public sealed record IndicatorRowScore(int Rows, double Accuracy, IReadOnlyList<ThresholdScore> Thresholds)
{
    public static readonly IReadOnlyList<double> DefaultThresholds = [0.5, 0.7, 0.8, 0.9, 0.95, 0.98];

    public static IndicatorRowScore Of(TextClassifier model, IReadOnlyList<LabelledExample> rows, IReadOnlyList<double> thresholds)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(thresholds);
        var indicator = model.Classes.ToList().IndexOf(IndicatorRowClassifier.Indicator);
        if (indicator < 0) throw new InvalidDataException($"Model '{model.Card.Kind}' has no class '{IndicatorRowClassifier.Indicator}'.");
        var scored = rows.Select(e =>
        {
            var input = IndicatorRowFeatures.Of(TableRowShape.Parse(e.Text, e.Extra));
            return (e.Label, Predicted: model.Predict(input).Label, P: (double)model.Probabilities(input)[indicator]);
        }).ToArray();
        var labelled = scored.Count(s => s.Label == IndicatorRowClassifier.Indicator);
        var accuracy = scored.Length == 0 ? 0 : (double)scored.Count(s => s.Label == s.Predicted) / scored.Length;
        var at = thresholds.Select(t => new ThresholdScore(t, scored.Count(s => s.P >= t),
            scored.Count(s => s.P >= t && s.Label == IndicatorRowClassifier.Indicator), labelled)).ToArray();
        return new IndicatorRowScore(scored.Length, accuracy, at);
    }
}
