using ReportMiner.Extraction.Taxonomy;

namespace ReportMiner.Extraction.Classification;

/// <summary>Puts an indicator name ("月度话务接通率", "市民滿意度") into a taxonomy category.</summary>
public sealed class IndicatorCategorizer
{
    private static readonly Lazy<IndicatorCategorizer> LazyDefault =
        new(() => new IndicatorCategorizer(ModelStore.LoadEmbedded(ModelStore.IndicatorCategory), IndicatorTaxonomy.Default));

    private readonly TextClassifier classifier;
    private readonly IndicatorTaxonomy taxonomy;

    public IndicatorCategorizer(TextClassifier classifier, IndicatorTaxonomy taxonomy)
    {
        this.classifier = classifier;
        this.taxonomy = taxonomy;
    }

    /// <summary>The model built into the assembly (models/indicator-category.zip).</summary>
    public static IndicatorCategorizer Default => LazyDefault.Value;

    public ModelCard Card => classifier.Card;

    public CategoryPrediction Categorize(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) return new CategoryPrediction(null, 0) { Uncertain = true };
        var (label, probability) = classifier.Predict(IndicatorFeatures.Of(name, taxonomy));
        var uncertain = probability < Card.Threshold;
        var category = uncertain || label == IndicatorTaxonomy.Other ? null : label;
        return new CategoryPrediction(category, probability) { Uncertain = uncertain, TopClass = label };
    }
}
