using Microsoft.ML;
using Microsoft.ML.Data;

namespace ReportMiner.Extraction.Classification;

/// <summary>A trained ML.NET multiclass model with its card. Safe to share across threads: each thread gets
/// its own prediction engine (an engine is not thread-safe; the transformer is immutable).</summary>
public sealed class TextClassifier
{
    private readonly ThreadLocal<PredictionEngine<ClassifierInput, ClassifierOutput>> engines;
    private readonly string[] classes;

    public TextClassifier(MLContext ml, ITransformer model, ModelCard card)
    {
        ArgumentNullException.ThrowIfNull(ml);
        Card = card;
        var gate = new object();
        engines = new ThreadLocal<PredictionEngine<ClassifierInput, ClassifierOutput>>(() =>
        {
            lock (gate) return ml.Model.CreatePredictionEngine<ClassifierInput, ClassifierOutput>(model);
        });
        classes = ClassesOf(engines.Value!.OutputSchema);
        if (!classes.SequenceEqual(card.Classes.Order(StringComparer.Ordinal)))
            throw new InvalidDataException($"Model '{card.Kind}': its classes ({string.Join(", ", classes)}) are not the card's; retrain.");
    }

    public ModelCard Card { get; }

    /// <summary>The class order of <see cref="Probabilities"/>.</summary>
    public IReadOnlyList<string> Classes => classes;

    public float[] Probabilities(ClassifierInput input) => engines.Value!.Predict(input).Score;

    /// <summary>The most probable class and its probability; ties go to the earlier class.</summary>
    public (string Label, double Probability) Predict(ClassifierInput input)
    {
        var p = Probabilities(input);
        var best = 0;
        for (var k = 1; k < p.Length; k++) if (p[k] > p[best]) best = k;
        return (classes[best], p[best]);
    }

    private static string[] ClassesOf(DataViewSchema schema)
    {
        VBuffer<ReadOnlyMemory<char>> names = default;
        schema["Score"].GetSlotNames(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToArray();
    }
}
