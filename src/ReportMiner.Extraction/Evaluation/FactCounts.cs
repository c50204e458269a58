namespace ReportMiner.Extraction.Evaluation;

/// <summary>True positives, false positives and false negatives of one field, and the scores they give.</summary>
public sealed class FactCounts
{
    public int TruePositives { get; private set; }
    public int FalsePositives { get; private set; }
    public int FalseNegatives { get; private set; }

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? (TruePositives + FalsePositives + FalseNegatives == 0 ? 1 : 0) : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Counts one comparison: a missing gold value with a predicted one is a false positive, and so on.</summary>
    public void Add(bool hasGold, bool hasPrediction, bool equal)
    {
        if (hasGold && hasPrediction && equal) TruePositives++;
        else
        {
            if (hasPrediction) FalsePositives++;
            if (hasGold) FalseNegatives++;
        }
    }

    public void AddAll(FactCounts other)
    {
        TruePositives += other.TruePositives;
        FalsePositives += other.FalsePositives;
        FalseNegatives += other.FalseNegatives;
    }

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;
}
