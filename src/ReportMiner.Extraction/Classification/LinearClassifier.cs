using System.Collections.Frozen;

namespace ReportMiner.Extraction.Classification;

/// <summary>Scores a feature set with a <see cref="ModelFile"/>: softmax over the classes.</summary>
public sealed class LinearClassifier
{
    private readonly FrozenDictionary<string, int> index;

    public LinearClassifier(ModelFile model)
    {
        Model = model;
        index = model.Vocabulary.Select((f, i) => (f, i)).ToFrozenDictionary(p => p.f, p => p.i + 1, StringComparer.Ordinal);
    }

    public ModelFile Model { get; }

    public int[] Indices(IEnumerable<string> features) =>
        features.Select(f => index.TryGetValue(f, out var i) ? i : 0).Where(i => i > 0).Distinct().Order().ToArray();

    public double[] Probabilities(IEnumerable<string> features) => Softmax.Of(Model.Weights, Indices(features));

    /// <summary>The most probable class and its probability; ties go to the earlier class.</summary>
    public (string Label, double Probability) Predict(IEnumerable<string> features)
    {
        var p = Probabilities(features);
        var best = 0;
        for (var k = 1; k < p.Length; k++) if (p[k] > p[best]) best = k;
        return (Model.Classes[best], p[best]);
    }
}
