namespace ReportMiner.Extraction.Classification;

/// <summary>An indicator's category key, or null when it is "other" or the model is unsure.</summary>
/// <param name="Probability">The model's probability of its top class (even when Category is null).</param>
public sealed record CategoryPrediction(string? Category, double Probability)
{
    /// <summary>True when the top class fell below the model's threshold: the caller should warn.</summary>
    public bool Uncertain { get; init; }

    /// <summary>The model's top class, "other" included, whatever its probability.</summary>
    public string? TopClass { get; init; }
}
