using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// One record per indicator: the same indicator listed in a summary table and in the scored self-evaluation
/// table is merged, keeping the scored row and filling its gaps from the other. Rows of one table are different
/// indicators however alike their names (及时开工率 / 及时完工率), and so are indicators under different level-2
/// labels or whose names differ in a number.
/// </summary>
public sealed class IndicatorMergeRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        foreach (var project in context.Projects)
        {
            var groups = new List<List<IndicatorRecord>>();
            foreach (var indicator in project.Indicators)
            {
                var group = groups.FirstOrDefault(g => g.All(member => SameIndicator(member, indicator)));
                if (group is null) groups.Add([indicator]);
                else group.Add(indicator);
            }
            var merged = groups.Select(Merge).ToList();
            project.Indicators.Clear();
            project.Indicators.AddRange(merged);
        }
    }

    private static bool SameIndicator(IndicatorRecord a, IndicatorRecord b)
    {
        // The table check first: it is a reference comparison, and a long table's rows would otherwise compare
        // their names pairwise (4,000 rows: 12.7 s).
        if (a.Source?.Table is { } ta && ta == b.Source?.Table) return false;
        if (!IndicatorNames.SameIndicator(a.Name, b.Name)) return false;
        if (a.Level2 is not null && b.Level2 is not null && Level(a.Level2) != Level(b.Level2)) return false;
        return Digits(a.Name) == Digits(b.Name);
    }

    private static string Level(string level) => TextKey.Name(level).Replace("指标", "", StringComparison.Ordinal);

    private static string Digits(string name) => string.Concat(TextKey.Of(name).Where(char.IsAsciiDigit));

    private static IndicatorRecord Merge(List<IndicatorRecord> group)
    {
        var primary = group.OrderByDescending(i => (i.Score is not null ? 2 : 0) + (i.Weight is not null ? 1 : 0)).First();
        foreach (var other in group.Where(o => !ReferenceEquals(o, primary)))
        {
            primary = primary with
            {
                Level1 = primary.Level1 ?? other.Level1,
                Level2 = primary.Level2 ?? other.Level2,
                Target = primary.Target ?? other.Target,
                Actual = primary.Actual?.Value is null && other.Actual?.Value is not null ? other.Actual : primary.Actual ?? other.Actual,
                Weight = primary.Weight ?? other.Weight,
                Score = primary.Score ?? other.Score,
                Met = primary.Met ?? other.Met,
            };
        }
        return primary;
    }
}
