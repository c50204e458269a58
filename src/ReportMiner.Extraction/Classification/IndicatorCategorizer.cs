using ReportMiner.Extraction.Taxonomy;

namespace ReportMiner.Extraction.Classification;

/// <summary>Puts an indicator name ("月度话务接通率", "市民滿意度") into a taxonomy category.</summary>
public sealed class IndicatorCategorizer
{
    private static readonly Lazy<IndicatorCategorizer> LazyDefault =
        new(() => new IndicatorCategorizer(ModelStore.Load(ModelStore.IndicatorCategoryFile), IndicatorTaxonomy.Default));

    private readonly LinearClassifier classifier;
    private readonly IndicatorTaxonomy taxonomy;

    public IndicatorCategorizer(ModelFile model, IndicatorTaxonomy taxonomy)
    {
        classifier = new LinearClassifier(model);
        this.taxonomy = taxonomy;
    }

    /// <summary>Loads models/indicator-category.json from the application directory.</summary>
    public static IndicatorCategorizer Default => LazyDefault.Value;

    public ModelFile Model => classifier.Model;

    public CategoryPrediction Categorize(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) return new CategoryPrediction(null, 0) { Uncertain = true };
        var (label, probability) = classifier.Predict(IndicatorFeatures.Of(name, taxonomy));
        var uncertain = probability < Model.Threshold;
        var category = uncertain || label == IndicatorTaxonomy.Other ? null : label;
        return new CategoryPrediction(category, probability) { Uncertain = uncertain, TopClass = label };
    }
}
