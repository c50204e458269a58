namespace ReportMiner.Extraction.Classification;

/// <summary>Tells what a table row is (header, section, indicator, total, footer, note) from its cells' text
/// and shape.</summary>
public sealed class RowRoleClassifier
{
    public const string Unsure = "unsure";

    public static readonly IReadOnlyList<string> Roles = ["header", "section", "indicator", "total", "footer", "note"];

    private static readonly Lazy<RowRoleClassifier> LazyDefault = new(() => new RowRoleClassifier(ModelStore.LoadEmbedded(ModelStore.RowRole)));

    private readonly TextClassifier classifier;

    public RowRoleClassifier(TextClassifier classifier) => this.classifier = classifier;

    /// <summary>The model built into the assembly (models/row-role.zip).</summary>
    public static RowRoleClassifier Default => LazyDefault.Value;

    public ModelCard Card => classifier.Card;

    /// <summary>The role of a row; "unsure" with its probability when the model is unsure.</summary>
    public RolePrediction Classify(TableRowShape row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var (label, probability) = classifier.Predict(RowFeatures.Of(row));
        return probability < Card.Threshold ? new RolePrediction(Unsure, probability) : new RolePrediction(label, probability);
    }
}
