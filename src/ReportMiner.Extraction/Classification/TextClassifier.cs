namespace ReportMiner.Extraction.Classification;

/// <summary>A trained model with its card. Immutable, so one instance serves every thread.</summary>
public sealed class TextClassifier
{
    private readonly LinearTextModel model;

    public TextClassifier(LinearTextModel model, ModelCard card)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(card);
        if (!model.Classes.SequenceEqual(card.Classes.Order(StringComparer.Ordinal)))
            throw new InvalidDataException($"Model '{card.Kind}': its classes ({string.Join(", ", model.Classes)}) are not the card's; retrain.");
        this.model = model;
        Card = card;
    }

    public ModelCard Card { get; }

    /// <summary>The class order of <see cref="Probabilities"/>.</summary>
    public IReadOnlyList<string> Classes => model.Classes;

    public float[] Probabilities(ClassifierInput input) => model.Probabilities(input);

    /// <summary>The most probable class and its probability; ties go to the earlier class.</summary>
    public (string Label, double Probability) Predict(ClassifierInput input)
    {
        var p = Probabilities(input);
        var best = 0;
        for (var k = 1; k < p.Length; k++) if (p[k] > p[best]) best = k;
        return (model.Classes[best], p[best]);
    }
}
