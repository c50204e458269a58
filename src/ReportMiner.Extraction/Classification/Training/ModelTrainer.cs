namespace ReportMiner.Extraction.Classification.Training;

/// <summary>Builds the vocabulary, fits on the training part, measures accuracy on the held-out part.</summary>
public static class ModelTrainer
{
    public static ModelFile Train(
        string kind,
        IReadOnlyList<LabelledExample> examples,
        IReadOnlyList<string> classes,
        Func<string, ISet<string>> featuresOf,
        FeatureSettings settings,
        double l2,
        double threshold)
    {
        var unknown = examples.Select(e => e.Label).Where(l => !classes.Contains(l)).Distinct().ToArray();
        if (unknown.Length > 0) throw new InvalidDataException($"{kind}: labels not among the classes: {string.Join(", ", unknown)}");

        var train = examples.Where(e => !e.IsHeldOut).ToArray();
        var heldOut = examples.Where(e => e.IsHeldOut).ToArray();
        var trainFeatures = train.Select(e => featuresOf(e.Text)).ToArray();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var set in trainFeatures)
            foreach (var f in set) counts[f] = counts.GetValueOrDefault(f) + 1;
        var vocabulary = counts.Where(c => c.Value >= settings.MinCount).Select(c => c.Key).Order(StringComparer.Ordinal).ToArray();

        var draft = new ModelFile
        {
            Kind = kind, Classes = classes, Features = settings, L2 = l2, Threshold = threshold,
            TrainExamples = train.Length, HeldOutExamples = heldOut.Length, HeldOutAccuracy = 0,
            Vocabulary = vocabulary, Weights = [],
        };
        var scorer = new LinearClassifier(draft);
        var rows = trainFeatures.Select(scorer.Indices).ToArray();
        var labels = train.Select(e => IndexOf(classes, e.Label)).ToArray();
        var weights = SoftmaxTrainer.Fit(rows, labels, classes.Count, vocabulary.Length, l2);

        var model = draft with { Weights = weights };
        var classifier = new LinearClassifier(model);
        var correct = heldOut.Count(e => Decide(classifier.Predict(featuresOf(e.Text)), threshold) == e.Label);
        return model with { HeldOutAccuracy = heldOut.Length == 0 ? 0 : (double)correct / heldOut.Length };
    }

    /// <summary>The decision the models' users see: an unsure prediction counts as "other".</summary>
    public static string Decide((string Label, double Probability) prediction, double threshold) =>
        prediction.Probability < threshold ? "other" : prediction.Label;

    private static int IndexOf(IReadOnlyList<string> classes, string label)
    {
        for (var i = 0; i < classes.Count; i++) if (classes[i] == label) return i;
        return -1;
    }
}
