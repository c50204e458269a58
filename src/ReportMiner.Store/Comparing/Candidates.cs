using System.Data.Common;
using ReportMiner.Store.Data;

namespace ReportMiner.Store.Comparing;

/// <summary>The columns a compare candidate is read from, after the key columns of <see cref="ReportKeys.ReadProjects"/>.</summary>
internal static class Candidates
{
    public const string ProjectColumns = "d.id, p.city, p.name, p.budget_wan, p.actual_wan, p.execution_rate_pct, d.path";

    public const string IndicatorColumns = "i.name, i.target_text, i.target_value, i.actual_text, i.actual_value, i.met";

    /// <summary>Index of the first column after the project's (and, with an indicator, the indicator's) columns.</summary>
    public static int After(bool withIndicator) => ReportKeys.ColumnCount + 7 + (withIndicator ? 6 : 0);

    public static CandidateRow Read(ComparisonKey key, DbDataReader r, bool withIndicator)
    {
        const int p = ReportKeys.ColumnCount;
        const int i = p + 7;
        return new CandidateRow(key, Db.Long(r, p), Db.Text(r, p + 1), r.GetString(p + 2), Db.Number(r, p + 3), Db.Number(r, p + 4),
            Db.Number(r, p + 5), r.GetString(p + 6),
            withIndicator ? r.GetString(i) : null, withIndicator ? Db.Text(r, i + 1) : null, withIndicator ? Db.Number(r, i + 2) : null,
            withIndicator ? Db.Text(r, i + 3) : null, withIndicator ? Db.Number(r, i + 4) : null, withIndicator ? Db.Flag(r, i + 5) : null);
    }
}
