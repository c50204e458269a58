namespace ReportMiner.Extraction.Classification;

/// <summary>What an amount in prose is: budget, actual, contract, prior_year, balance or other.</summary>
/// <param name="Probability">The model's probability of <paramref name="Role"/>; below the model
/// threshold the role is reported as "other".</param>
public sealed record RolePrediction(string Role, double Probability);
