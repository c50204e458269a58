using ReportMiner.Extraction.Taxonomy;

namespace ReportMiner.Extraction.Classification.Training;

/// <summary>Trains both models from corpus/labels and writes them to a models directory.</summary>
public static class ModelTraining
{
    public const string IndicatorLabels = "indicator-names.tsv";
    public const string AmountLabels = "amount-contexts.tsv";
    public static readonly IReadOnlyList<string> AmountRoles = ["budget", "actual", "contract", "prior_year", "balance", "other"];

    public static IReadOnlyList<ModelFile> TrainAll(string labelsDirectory, string outputDirectory)
    {
        Directory.CreateDirectory(outputDirectory);
        var indicator = TrainIndicatorModel(Path.Combine(labelsDirectory, IndicatorLabels));
        ModelStore.Save(indicator, Path.Combine(outputDirectory, ModelStore.IndicatorCategoryFile));
        var amount = TrainAmountModel(Path.Combine(labelsDirectory, AmountLabels));
        ModelStore.Save(amount, Path.Combine(outputDirectory, ModelStore.AmountRoleFile));
        return [indicator, amount];
    }

    public static ModelFile TrainIndicatorModel(string tsvPath)
    {
        var taxonomy = IndicatorTaxonomy.Default;
        return ModelTrainer.Train("indicator_category", LabelledExample.ReadTsv(tsvPath), taxonomy.Keys.ToArray(),
            name => IndicatorFeatures.Of(name, taxonomy), IndicatorFeatures.Settings, l2: 1e-3, threshold: 0.4);
    }

    public static ModelFile TrainAmountModel(string tsvPath) =>
        ModelTrainer.Train("amount_role", LabelledExample.ReadTsv(tsvPath), AmountRoles,
            context => AmountContextFeatures.Of(context, AmountContextFeatures.FindAmount(context)), AmountContextFeatures.Settings,
            l2: 1e-3, threshold: 0.35);
}
