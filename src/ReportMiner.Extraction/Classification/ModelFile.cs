namespace ReportMiner.Extraction.Classification;

/// <summary>A trained multinomial logistic regression as stored in models/*.json.</summary>
public sealed record ModelFile
{
    public required string Kind { get; init; }
    public required IReadOnlyList<string> Classes { get; init; }
    public required FeatureSettings Features { get; init; }
    public required double L2 { get; init; }
    /// <summary>Below this top-class probability a prediction is treated as unsure.</summary>
    public required double Threshold { get; init; }
    public required int TrainExamples { get; init; }
    public required int HeldOutExamples { get; init; }
    public required double HeldOutAccuracy { get; init; }
    /// <summary>Feature names in ordinal order; weight row k holds the bias at 0, then one weight per feature.</summary>
    public required IReadOnlyList<string> Vocabulary { get; init; }
    public required IReadOnlyList<double[]> Weights { get; init; }
}

public sealed record FeatureSettings(int MinN, int MaxN, int MinCount);
