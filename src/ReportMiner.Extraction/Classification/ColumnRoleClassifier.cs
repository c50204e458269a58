namespace ReportMiner.Extraction.Classification;

/// <summary>Tells what a column of an indicator table holds from its header cell text ("年度指标值" → target,
/// "偏差原因分析及改进措施" → reason), for headers whose words the rules do not know.</summary>
public sealed class ColumnRoleClassifier
{
    public const string Other = "other";

    public static readonly IReadOnlyList<string> Roles =
        ["name", "level1", "level2", "level3", "target", "target_op", "unit", "actual", "weight", "score", "reason", "standard", "other"];

    public static readonly IReadOnlyList<string> Fields = ["Text"];

    private static readonly Lazy<ColumnRoleClassifier> LazyDefault = new(() => new ColumnRoleClassifier(ModelStore.LoadEmbedded(ModelStore.ColumnRole)));

    private readonly TextClassifier classifier;

    public ColumnRoleClassifier(TextClassifier classifier) => this.classifier = classifier;

    /// <summary>The model built into the assembly (models/column-role.zip).</summary>
    public static ColumnRoleClassifier Default => LazyDefault.Value;

    public ModelCard Card => classifier.Card;

    public static ClassifierInput InputOf(string header) => new() { Text = TextFeatures.Normalize(header ?? "") };

    /// <summary>The role of a header cell; "other" with its probability when the model is unsure.</summary>
    public RolePrediction Classify(string header)
    {
        if (string.IsNullOrWhiteSpace(header)) return new RolePrediction(Other, 0);
        var (label, probability) = classifier.Predict(InputOf(header));
        return probability < Card.Threshold ? new RolePrediction(Other, probability) : new RolePrediction(label, probability);
    }
}
