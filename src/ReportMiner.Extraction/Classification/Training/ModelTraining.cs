using ReportMiner.Extraction.Taxonomy;

namespace ReportMiner.Extraction.Classification.Training;

/// <summary>Trains every model from corpus/labels and writes them to a models directory.</summary>
public static class ModelTraining
{
    public const string IndicatorLabels = "indicator-names.tsv";
    public const string AmountLabels = "amount-contexts.tsv";
    public const string ColumnLabels = "column-roles.tsv";
    public const string RowLabels = "row-roles.tsv";
    public const string IndicatorRowLabels = "indicator-rows.tsv";
    public static readonly IReadOnlyList<string> AmountRoles = ["budget", "actual", "contract", "prior_year", "balance", "other"];

    public static IReadOnlyList<ModelCard> TrainAll(string labelsDirectory, string outputDirectory)
    {
        var models = new[]
        {
            TrainIndicatorModel(Path.Combine(labelsDirectory, IndicatorLabels)),
            TrainAmountModel(Path.Combine(labelsDirectory, AmountLabels)),
            TrainColumnModel(Path.Combine(labelsDirectory, ColumnLabels)),
            TrainRowModel(Path.Combine(labelsDirectory, RowLabels)),
            TrainIndicatorRowModel(Path.Combine(labelsDirectory, IndicatorRowLabels)),
        };
        foreach (var model in models) ModelStore.Save(model.Context, model.Transformer, model.InputSchema, model.Exported, model.Card, outputDirectory);
        return models.Select(m => m.Card).ToArray();
    }

    public static TrainedModel TrainIndicatorModel(string tsvPath)
    {
        var taxonomy = IndicatorTaxonomy.Default;
        return TextClassifierTrainer.Train(new TrainingSpec("indicator_category", taxonomy.Keys.ToArray(), IndicatorFeatures.Fields, 1e-3, 0.4),
            LabelledExample.ReadTsv(tsvPath), e => IndicatorFeatures.Of(e.Text, taxonomy));
    }

    public static TrainedModel TrainAmountModel(string tsvPath) =>
        TextClassifierTrainer.Train(new TrainingSpec("amount_role", AmountRoles, AmountContextFeatures.Fields, 3e-3, 0.35),
            LabelledExample.ReadTsv(tsvPath), e => AmountContextFeatures.Of(e.Text, AmountContextFeatures.FindAmount(e.Text)));

    public static TrainedModel TrainColumnModel(string tsvPath) =>
        TextClassifierTrainer.Train(new TrainingSpec("column_role", ColumnRoleClassifier.Roles, ColumnRoleClassifier.Fields, 1e-3, 0.5),
            LabelledExample.ReadTsv(tsvPath), e => ColumnRoleClassifier.InputOf(e.Text));

    public static TrainedModel TrainRowModel(string tsvPath) =>
        TextClassifierTrainer.Train(new TrainingSpec("row_role", RowRoleClassifier.Roles, RowFeatures.Fields, 1e-3, 0.5),
            LabelledExample.ReadTsv(tsvPath), e => RowFeatures.Of(TableRowShape.Parse(e.Text, e.Extra)));

    public static TrainedModel TrainIndicatorRowModel(string tsvPath) =>
        TextClassifierTrainer.Train(new TrainingSpec("indicator_row", IndicatorRowClassifier.Roles, IndicatorRowFeatures.Fields, 1e-2, 0.5),
            LabelledExample.ReadTsv(tsvPath), e => IndicatorRowFeatures.Of(TableRowShape.Parse(e.Text, e.Extra)));
}
