using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace ReportMiner.Extraction.Classification.Training;

/// <summary>What to train: the model's kind, classes, the input fields it reads and its settings.</summary>
public sealed record TrainingSpec(string Kind, IReadOnlyList<string> Classes, IReadOnlyList<string> Fields, double L2, double Threshold);

/// <summary>A trained model: the ML.NET pipeline, the linear model exported from it, and its card.</summary>
public sealed record TrainedModel(MLContext Context, ITransformer Transformer, DataViewSchema InputSchema, LinearTextModel Exported, ModelCard Card)
{
    public TextClassifier Classifier() => new(Exported, Card);
}

/// <summary>Fits an ML.NET pipeline (character 1–3-gram FeaturizeText per text field, a word bag over
/// Tokens, L-BFGS maximum entropy) on the training groups and measures accuracy on the held-out groups.</summary>
/// <remarks>A fixed seed, one thread and zero initial weights: the same data gives the same model. The linear
/// model the extractor runs is exported from the pipeline and checked against ML.NET on every example.</remarks>
public static class TextClassifierTrainer
{
    public const string TrainerName = "LbfgsMaximumEntropy";

    public static TrainedModel Train(TrainingSpec spec, IReadOnlyList<LabelledExample> examples, Func<LabelledExample, ClassifierInput> inputOf)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(inputOf);
        var unknown = examples.Select(e => e.Label).Where(l => !spec.Classes.Contains(l)).Distinct().ToArray();
        if (unknown.Length > 0) throw new InvalidDataException($"{spec.Kind}: labels not among the classes: {string.Join(", ", unknown)}");
        var train = examples.Where(e => !e.IsHeldOut).ToArray();
        var heldOut = examples.Where(e => e.IsHeldOut).ToArray();
        // A class with no training example cannot be predicted; the card lists only the classes the model knows.
        var classes = spec.Classes.Where(c => train.Any(e => e.Label == c)).ToArray();
        if (classes.Length < 2) throw new InvalidDataException($"{spec.Kind}: the training examples need at least two classes.");

        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(train.Select(e => Labelled(inputOf(e), e.Label)).ToArray());
        var transformer = Pipeline(ml, spec).Fit(data);
        var card = new ModelCard
        {
            Kind = spec.Kind, Classes = classes, Fields = spec.Fields, Trainer = TrainerName, L2 = spec.L2,
            Threshold = spec.Threshold, TrainExamples = train.Length, HeldOutExamples = heldOut.Length, HeldOutAccuracy = 0,
        };
        var exported = LinearTextModelExport.From(transformer, data.Schema, spec.Fields);
        LinearTextModelExport.Verify(ml, transformer, exported, examples.Select(inputOf), spec.Kind);
        var classifier = new TextClassifier(exported, card);
        var correct = heldOut.Count(e => Decide(classifier.Predict(inputOf(e)), spec.Threshold) == e.Label);
        card = card with { HeldOutAccuracy = heldOut.Length == 0 ? 0 : Math.Round((double)correct / heldOut.Length, 6) };
        return new TrainedModel(ml, transformer, data.Schema, exported, card);
    }

    /// <summary>The decision the models' users see: an unsure prediction counts as "other".</summary>
    public static string Decide((string Label, double Probability) prediction, double threshold) =>
        prediction.Probability < threshold ? "other" : prediction.Label;

    private static IEstimator<ITransformer> Pipeline(MLContext ml, TrainingSpec spec)
    {
        IEstimator<ITransformer> pipeline = ml.Transforms.Conversion.MapValueToKey("Label", keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue);
        var featureColumns = new List<string>();
        foreach (var field in spec.Fields)
        {
            var output = field + "Features";
            pipeline = pipeline.Append(ml.Transforms.Text.FeaturizeText(output, field == "Tokens" ? WordOptions() : CharOptions(), field));
            featureColumns.Add(output);
        }
        return pipeline
            .Append(ml.Transforms.Concatenate("Features", featureColumns.ToArray()))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                L2Regularization = (float)spec.L2,
                L1Regularization = 0,
                NumberOfThreads = 1,
                OptimizationTolerance = 1e-7f,
                MaximumNumberOfIterations = 1000,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
    }

    // Character 1–3-grams of text that TextFeatures already normalized; no word tokens (Chinese has no spaces).
    private static TextFeaturizingEstimator.Options CharOptions() => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.None,
        KeepDiacritics = true,
        KeepPunctuations = true,
        KeepNumbers = true,
        WordFeatureExtractor = null,
        CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = true },
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };

    private static TextFeaturizingEstimator.Options WordOptions() => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.None,
        KeepDiacritics = true,
        KeepPunctuations = true,
        KeepNumbers = true,
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1 },
        CharFeatureExtractor = null,
        Norm = TextFeaturizingEstimator.NormFunction.None,
    };

    private static ClassifierInput Labelled(ClassifierInput input, string label)
    {
        input.Label = label;
        return input;
    }
}
