using ReportMiner.Extraction.Classification;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// The trained row-role model as a second opinion on rows the table rules would read as indicators: a row it is
/// sure is a section label, a total or a note (goal text, problems and measures, a placeholder) is not taken for
/// an indicator, whatever its cells happen to look like under the header.
/// </summary>
public static class LearnedRowRoles
{
    /// <summary>Below this probability the model's word is not taken.</summary>
    public const double MinProbability = 0.95;

    private static readonly HashSet<string> NotIndicators = ["section", "total", "note", "footer"];

    /// <summary>REPORTMINER_ROW_MODEL=off switches the second opinion off for a run (to measure what it changes).</summary>
    public static bool Enabled { get; } = !string.Equals(Environment.GetEnvironmentVariable("REPORTMINER_ROW_MODEL"), "off", StringComparison.OrdinalIgnoreCase);

    public static bool IsNotIndicator(DocItem row)
    {
        if (!Enabled || row.Table is not { } table || row.Row is not { } index) return false;
        var prediction = RowRoleClassifier.Default.Classify(TableRowShape.Of(table, index));
        return prediction.Probability >= MinProbability && NotIndicators.Contains(prediction.Role);
    }
}
