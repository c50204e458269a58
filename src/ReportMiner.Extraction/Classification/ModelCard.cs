namespace ReportMiner.Extraction.Classification;

/// <summary>What is known about a trained model besides its ML.NET transformer: stored as models/KIND.json
/// beside models/KIND.zip.</summary>
public sealed record ModelCard
{
    public required string Kind { get; init; }
    public required IReadOnlyList<string> Classes { get; init; }
    /// <summary>The ClassifierInput fields the model reads.</summary>
    public required IReadOnlyList<string> Fields { get; init; }
    public required string Trainer { get; init; }
    public required double L2 { get; init; }
    /// <summary>Below this top-class probability a prediction is treated as unsure.</summary>
    public required double Threshold { get; init; }
    public required int TrainExamples { get; init; }
    public required int HeldOutExamples { get; init; }
    public required double HeldOutAccuracy { get; init; }
}
