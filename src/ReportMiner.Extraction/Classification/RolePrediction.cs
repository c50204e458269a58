namespace ReportMiner.Extraction.Classification;

/// <summary>What a classifier decided (an amount's role in prose, a header column's role, a table row's role).</summary>
/// <param name="Probability">The model's probability of <paramref name="Role"/>; below the model
/// threshold the role is reported as "other" (rows: "unsure").</param>
public sealed record RolePrediction(string Role, double Probability);
