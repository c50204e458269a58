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
            // Each indicator's keys once: a long table compared pairwise would otherwise reduce every name again
            // for every pair (3,000 one-row tables: 10.6 s). Members of a group share their digits, and a group
            // holding a row of the indicator's own table cannot take it, so a long table looks at no group at all.
            var groups = new List<Group>();
            var byDigits = new Dictionary<string, Bucket>();
            foreach (var indicator in project.Indicators.Select(Keyed.Of))
            {
                if (!byDigits.TryGetValue(indicator.Digits, out var bucket)) byDigits[indicator.Digits] = bucket = new Bucket();
                var group = bucket.Candidates(indicator.Table).FirstOrDefault(g => g.Members.All(member => SameIndicator(member, indicator)));
                if (group is null)
                {
                    group = new Group();
                    groups.Add(group);
                    bucket.Groups.Add(group);
                }
                bucket.Add(group, indicator);
            }
            var merged = groups.Select(g => Merge(g.Members.Select(k => k.Record).ToList())).ToList();
            project.Indicators.Clear();
            project.Indicators.AddRange(merged);
        }
    }

    private sealed record Keyed(IndicatorRecord Record, string Name, string? Level2, string Digits)
    {
        public int? Table => Record.Source?.Table;

        public static Keyed Of(IndicatorRecord r) => new(r, TextKey.Name(r.Name), r.Level2 is null ? null : Level(r.Level2), DigitsOf(r.Name));
    }

    private sealed class Group
    {
        public List<Keyed> Members { get; } = [];
        public HashSet<int> Tables { get; } = [];
    }

    /// <summary>The groups of one digit key, with how many of them hold a row of each table.</summary>
    private sealed class Bucket
    {
        private readonly Dictionary<int, int> groupsHolding = [];

        public List<Group> Groups { get; } = [];

        public IEnumerable<Group> Candidates(int? table)
        {
            if (table is { } t && groupsHolding.GetValueOrDefault(t) == Groups.Count) return [];
            return table is { } own ? Groups.Where(g => !g.Tables.Contains(own)) : Groups;
        }

        public void Add(Group group, Keyed indicator)
        {
            group.Members.Add(indicator);
            if (indicator.Table is { } t && group.Tables.Add(t)) groupsHolding[t] = groupsHolding.GetValueOrDefault(t) + 1;
        }
    }

    private static bool SameIndicator(Keyed a, Keyed b)
    {
        // The cheap tests first (the table is a reference comparison that settles every pair of one table's rows),
        // the names' edit distance last.
        if (a.Record.Source?.Table is { } ta && ta == b.Record.Source?.Table) return false;
        if (a.Level2 is not null && b.Level2 is not null && a.Level2 != b.Level2) return false;
        return a.Digits == b.Digits && IndicatorNames.SameNameKey(a.Name, b.Name);
    }

    private static string Level(string level) => TextKey.Name(level).Replace("指标", "", StringComparison.Ordinal);

    private static string DigitsOf(string name) => string.Concat(TextKey.Of(name).Where(char.IsAsciiDigit));

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
