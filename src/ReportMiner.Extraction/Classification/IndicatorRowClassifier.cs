namespace ReportMiner.Extraction.Classification;

/// <summary>How sure the indicator-row model (models/indicator-row, trained on rows of real documents labelled from
/// their gold) is that a table row is an indicator's row.</summary>
public sealed class IndicatorRowClassifier
{
    public const string Indicator = "indicator";

    public static readonly IReadOnlyList<string> Roles = ["header", Indicator, "other"];

    private static readonly Lazy<IndicatorRowClassifier> LazyDefault = new(() => new IndicatorRowClassifier(ModelStore.LoadEmbedded(ModelStore.IndicatorRow)));

    private readonly TextClassifier classifier;
    private readonly int indicator;

    public IndicatorRowClassifier(TextClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        this.classifier = classifier;
        indicator = classifier.Classes.ToList().IndexOf(Indicator);
        if (indicator < 0) throw new InvalidDataException($"Model '{classifier.Card.Kind}' has no class '{Indicator}'; retrain.");
    }

    /// <summary>The model built into the assembly.</summary>
    public static IndicatorRowClassifier Default => LazyDefault.Value;

    public ModelCard Card => classifier.Card;

    /// <summary>The probability that the row is an indicator row.</summary>
    public double IndicatorProbability(TableRowShape row) => classifier.Probabilities(IndicatorRowFeatures.Of(row))[indicator];
}
