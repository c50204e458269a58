namespace ReportMiner.Extraction.Classification;

/// <summary>Tells what an amount in running prose is ("年初预算安排13410.06万元" → budget).</summary>
public sealed class AmountRoleClassifier
{
    public const string Other = "other";

    private static readonly Lazy<AmountRoleClassifier> LazyDefault = new(() => new AmountRoleClassifier(ModelStore.LoadEmbedded(ModelStore.AmountRole)));

    private readonly TextClassifier classifier;

    public AmountRoleClassifier(TextClassifier classifier) => this.classifier = classifier;

    /// <summary>The model built into the assembly (models/amount-role.zip).</summary>
    public static AmountRoleClassifier Default => LazyDefault.Value;

    public ModelCard Card => classifier.Card;

    /// <summary>Classifies the amount that ends the context: pass the text leading up to the amount and the
    /// amount itself (a few words after it may follow, but no further amount).</summary>
    public RolePrediction Classify(string context) => Classify(context, AmountContextFeatures.FindAmount(context ?? ""));

    /// <summary>Classifies the amount that starts at <paramref name="amountIndex"/> in the context.</summary>
    public RolePrediction Classify(string context, int amountIndex)
    {
        if (string.IsNullOrWhiteSpace(context)) return new RolePrediction(Other, 0);
        var (label, probability) = classifier.Predict(AmountContextFeatures.Of(context, amountIndex));
        return probability < Card.Threshold ? new RolePrediction(Other, probability) : new RolePrediction(label, probability);
    }
}
