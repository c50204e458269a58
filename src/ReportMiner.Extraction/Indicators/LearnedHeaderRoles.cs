using ReportMiner.Extraction.Classification;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Where no header word gives a column of a header row its meaning, the trained column-role model may — only
/// when it is confident, only for a role no other column has, and never for side labels. Header rows are
/// still decided by header words alone, so the model cannot turn body text into a header.
/// </summary>
/// <remarks>Off by default: on the seeds, the generalization set and the real corpus the header words already
/// give every column the model is confident about its meaning, so it changed no extracted fact (README).</remarks>
public static class LearnedHeaderRoles
{
    /// <summary>Below this probability the model's role is ignored.</summary>
    public const double MinProbability = 0.9;

    /// <summary>REPORTMINER_COLUMN_MODEL=on switches the fallback on for a run.</summary>
    public static bool Enabled { get; } = string.Equals(Environment.GetEnvironmentVariable("REPORTMINER_COLUMN_MODEL"), "on", StringComparison.OrdinalIgnoreCase);

    /// <summary>The roles of a header's columns with the gaps the model is sure about filled.</summary>
    /// <param name="texts">Each column's header text.</param>
    /// <param name="keywordRoles">Each column's role from header words (None where they give none).</param>
    /// <param name="sideLabels">True for columns that are side labels over the rows below; never filled.</param>
    public static ColumnRole[] Complete(IReadOnlyList<string> texts, IReadOnlyList<ColumnRole> keywordRoles, IReadOnlyList<bool> sideLabels)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(keywordRoles);
        ArgumentNullException.ThrowIfNull(sideLabels);
        var roles = keywordRoles.ToArray();
        var taken = roles.Where((_, c) => !sideLabels[c]).ToHashSet();
        for (var c = 0; c < roles.Length; c++)
        {
            if (roles[c] != ColumnRole.None || sideLabels[c] || TextKey.Of(texts[c]).Length == 0) continue;
            var prediction = ColumnRoleClassifier.Default.Classify(texts[c]);
            var role = prediction.Probability >= MinProbability ? RoleOf(prediction.Role) : ColumnRole.None;
            if (role != ColumnRole.None && taken.Add(role)) roles[c] = role;
        }
        return roles;
    }

    /// <summary>The extractor's column role for a model class; level3 is the indicator name column.</summary>
    public static ColumnRole RoleOf(string modelRole) => modelRole switch
    {
        "name" or "level3" => ColumnRole.Name,
        "level1" => ColumnRole.Level1,
        "level2" => ColumnRole.Level2,
        "target" => ColumnRole.Target,
        "target_op" => ColumnRole.TargetOp,
        "unit" => ColumnRole.Unit,
        "actual" => ColumnRole.Actual,
        "weight" => ColumnRole.Weight,
        "score" => ColumnRole.Score,
        "reason" => ColumnRole.Reason,
        "standard" => ColumnRole.Standard,
        _ => ColumnRole.None,
    };

    internal static List<HeaderColumn> Fill(List<HeaderColumn> columns)
    {
        if (!Enabled) return columns;
        var roles = Complete(columns.Select(c => c.Text).ToArray(), columns.Select(c => c.Role).ToArray(), columns.Select(c => c.SideLabel).ToArray());
        return columns.Select((c, i) => c with { Role = roles[i] }).ToList();
    }
}
