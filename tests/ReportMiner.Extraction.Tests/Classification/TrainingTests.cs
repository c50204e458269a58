using Microsoft.ML;
using ReportMiner.Extraction.Classification;
using ReportMiner.Extraction.Classification.Training;
using ReportMiner.Extraction.Taxonomy;
using ReportMiner.TestSupport;

namespace ReportMiner.Extraction.Tests.Classification;

public sealed class TrainingTests
{
    private static readonly string[] Models = [ModelStore.IndicatorCategory, ModelStore.AmountRole, ModelStore.ColumnRole, ModelStore.RowRole, ModelStore.IndicatorRow];

    [Fact]
    public void Training_twice_writes_byte_identical_models_whose_predictions_match_the_committed_ones()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        ModelTraining.TrainAll(HeldOut.Labels, first.Path);
        ModelTraining.TrainAll(HeldOut.Labels, second.Path);
        foreach (var name in Models)
        {
            foreach (var extension in new[] { ".zip", ".bin", ".json" })
                Assert.Equal(File.ReadAllBytes(first.File(name + extension)), File.ReadAllBytes(second.File(name + extension)));
            var trained = ModelStore.Load(name, first.Path);
            var committed = ModelStore.LoadEmbedded(name);
            Assert.Equal(committed.Card, trained.Card with { Classes = committed.Card.Classes, Fields = committed.Card.Fields });
            Assert.Equal(committed.Card.Classes, trained.Card.Classes);
            // Bit for bit between two trainings on one machine (above). Across machines L-BFGS's vectorised sums round
            // differently (an AVX2 EPYC: under 0.01 from the committed models, same classes), so the committed model must
            // give probabilities within a tolerance and the same class wherever its top two are not within it.
            foreach (var input in InputsOf(name))
            {
                var expected = committed.Probabilities(input);
                var actual = trained.Probabilities(input);
                var largest = expected.Zip(actual, (e, a) => Math.Abs(e - a)).Max();
                Assert.True((ArgMax(expected) == ArgMax(actual) || TopMargin(expected) <= ProbabilityTolerance) && largest <= ProbabilityTolerance,
                    $"models/{name} does not predict what 'reportminer train' produces from corpus/labels (largest difference {largest:G3}): retrain, commit and rebuild.");
            }
        }
    }

    [Fact]
    public void A_saved_model_loads_back_with_the_same_predictions()
    {
        using var dir = new TempDirectory();
        var model = ModelTraining.TrainAmountModel(Path.Combine(HeldOut.Labels, ModelTraining.AmountLabels));
        ModelStore.Save(model.Context, model.Transformer, model.InputSchema, model.Exported, model.Card, dir.Path);
        var copy = new AmountRoleClassifier(ModelStore.Load(ModelStore.AmountRole, dir.Path));
        Assert.Equal(AmountRoleClassifier.Default.Classify("实际支出38.25万元"), copy.Classify("实际支出38.25万元"));
        Assert.Equal(model.Card, copy.Card with { Classes = model.Card.Classes, Fields = model.Card.Fields });
    }

    [Fact]
    public void The_built_in_models_predict_what_the_committed_ML_NET_pipelines_predict()
    {
        var ml = new MLContext(seed: 1);
        foreach (var name in Models)
        {
            var pipeline = ModelStore.LoadPipeline(ml, name, Path.Combine(RepoPaths.Root, "models"));
            var builtIn = ModelStore.LoadEmbedded(name);
            var exported = LinearTextModel.Read(new MemoryStream(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "models", name + ".bin"))));
            LinearTextModelExport.Verify(ml, pipeline, exported, InputsOf(name), name);
            foreach (var input in InputsOf(name).Take(50))
                Assert.Equal(exported.Probabilities(input), builtIn.Probabilities(input));
        }
    }

    [Fact]
    public void Unknown_labels_are_rejected()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("bad.tsv"), "预算执行率\tbudget_exec\n");
        Assert.Throws<InvalidDataException>(() => ModelTraining.TrainIndicatorModel(dir.File("bad.tsv")));
    }

    [Fact]
    public void A_missing_model_directory_names_the_train_command()
    {
        using var dir = new TempDirectory();
        var error = Assert.Throws<FileNotFoundException>(() => ModelStore.Load(ModelStore.RowRole, dir.Path));
        Assert.Contains("reportminer train", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predictions_from_many_threads_equal_the_sequential_ones()
    {
        var names = LabelledExample.ReadTsv(Path.Combine(HeldOut.Labels, ModelTraining.IndicatorLabels)).Select(e => e.Text).Take(400).ToArray();
        var sequential = names.Select(n => IndicatorCategorizer.Default.Categorize(n)).ToArray();
        var parallel = new CategoryPrediction[names.Length];
        Parallel.For(0, names.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = IndicatorCategorizer.Default.Categorize(names[i]));
        Assert.Equal(sequential, parallel);
    }

    private static IEnumerable<ClassifierInput> InputsOf(string name)
    {
        var taxonomy = IndicatorTaxonomy.Default;
        return name switch
        {
            ModelStore.IndicatorCategory => Read(ModelTraining.IndicatorLabels).Select(e => IndicatorFeatures.Of(e.Text, taxonomy)),
            ModelStore.AmountRole => Read(ModelTraining.AmountLabels).Select(e => AmountContextFeatures.Of(e.Text, AmountContextFeatures.FindAmount(e.Text))),
            ModelStore.ColumnRole => Read(ModelTraining.ColumnLabels).Select(e => ColumnRoleClassifier.InputOf(e.Text)),
            ModelStore.IndicatorRow => Read(ModelTraining.IndicatorRowLabels).Select(e => IndicatorRowFeatures.Of(TableRowShape.Parse(e.Text, e.Extra))),
            _ => Read(ModelTraining.RowLabels).Select(e => RowFeatures.Of(TableRowShape.Parse(e.Text, e.Extra))),
        };
    }

    private const float ProbabilityTolerance = 0.01f;

    private static int ArgMax(float[] probabilities) => Array.IndexOf(probabilities, probabilities.Max());

    private static float TopMargin(float[] probabilities)
    {
        var sorted = probabilities.OrderDescending().ToArray();
        return sorted.Length < 2 ? 1f : sorted[0] - sorted[1];
    }

    private static IReadOnlyList<LabelledExample> Read(string file) => LabelledExample.ReadTsv(Path.Combine(HeldOut.Labels, file));
}
