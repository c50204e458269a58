using ReportMiner.Extraction.Classification;
using ReportMiner.Extraction.Classification.Training;
using ReportMiner.TestSupport;

namespace ReportMiner.Extraction.Tests.Classification;

public sealed class TrainingTests
{
    [Fact]
    public void Training_twice_writes_byte_identical_models_equal_to_the_committed_ones()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        ModelTraining.TrainAll(HeldOut.Labels, first.Path);
        ModelTraining.TrainAll(HeldOut.Labels, second.Path);
        foreach (var file in new[] { ModelStore.IndicatorCategoryFile, ModelStore.AmountRoleFile })
        {
            var bytes = File.ReadAllBytes(first.File(file));
            Assert.Equal(bytes, File.ReadAllBytes(second.File(file)));
            Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "models", file))),
                $"models/{file} is not what 'reportminer train' produces from corpus/labels: retrain and commit.");
        }
    }

    [Fact]
    public void A_saved_model_loads_back_with_the_same_predictions()
    {
        using var dir = new TempDirectory();
        var model = ModelStore.Load(ModelStore.AmountRoleFile);
        ModelStore.Save(model, dir.File("copy.json"));
        var copy = new AmountRoleClassifier(ModelStore.Load("copy.json", dir.Path));
        Assert.Equal(AmountRoleClassifier.Default.Classify("实际支出38.25万元"), copy.Classify("实际支出38.25万元"));
    }

    [Fact]
    public void Unknown_labels_are_rejected()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("bad.tsv"), "预算执行率\tbudget_exec\n");
        Assert.Throws<InvalidDataException>(() => ModelTraining.TrainIndicatorModel(dir.File("bad.tsv")));
    }
}
