using System.Data.Common;
using System.Globalization;
using System.Text;
using ReportMiner.Store.Comparing;
using ReportMiner.Store.Data;
using ReportMiner.Store.Text;

namespace ReportMiner.Store.Writing;

/// <summary>
/// A project's comparison key. A named project with a budget belongs to a group: the projects of its city, year and
/// budget whose name keys (<see cref="ProjectNames.Key"/>) are a misread away from one another, directly or through other
/// members. Every member of a group carries the group's canonical key, a function of the group's members alone (the name
/// key most members have; among equally frequent ones the smallest by code point), so the same archive gets the same
/// keys whatever order its documents are written in. A write stores the name key; before its commit the groups of every
/// city, year and budget it touched are settled (<see cref="Settle"/>): members are re-keyed in the same transaction.
/// </summary>
internal static class ProjectKeys
{
    /// <summary>The key a project is written with before its group is settled: its name key, or the nameless key.</summary>
    public static string Natural(string name, string? city, double? budgetWan, string? department, string documentSha256)
    {
        var key = ProjectNames.Key(name, city);
        return key.Length == 0 ? Unnamed(department, budgetWan, documentSha256) : key;
    }

    /// <summary>
    /// A project without a name is one report with the copies that agree on its department and budget; without a
    /// department, only with itself (a budget alone says too little). Nameless projects of one city and year must never merge into one report: search shows one
    /// copy of each report, so a wrong merge would hide every other project's indicators.
    /// </summary>
    internal static string Unnamed(string? department, double? budgetWan, string documentSha256)
    {
        var departmentKey = ScriptFolding.Fold(department ?? "").Replace(" ", "");
        return departmentKey.Length == 0
            ? "∅" + documentSha256
            : "∅" + departmentKey + "|" + budgetWan?.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The canonical key of each name key among the name keys of a city, year and budget's projects (one entry per
    /// project): groups are the connected parts of the "a misread away" relation; each takes its most frequent name key,
    /// ties to the smallest by code point. Depends only on the multiset given, not on its order.
    /// </summary>
    public static Dictionary<string, string> Canonical(IEnumerable<string> nameKeys)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in nameKeys) counts[key] = counts.GetValueOrDefault(key) + 1;
        var keys = counts.Keys.Order(StringComparer.Ordinal).ToArray();
        var parent = Enumerable.Range(0, keys.Length).ToArray();
        int Root(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }
        for (var i = 0; i < keys.Length; i++)
            for (var j = i + 1; j < keys.Length; j++)
                if (Root(i) != Root(j) && ProjectNames.Near(keys[i], keys[j])) parent[Root(j)] = Root(i);
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in Enumerable.Range(0, keys.Length).GroupBy(Root))
        {
            // Keys are in code point order, so the first of the most frequent is the smallest of them.
            var best = group.Select(i => keys[i]).OrderByDescending(k => counts[k]).ThenBy(k => k, StringComparer.Ordinal).First();
            foreach (var i in group) canonical[keys[i]] = best;
        }
        return canonical;
    }

    /// <summary>The projects of one city and year whose budgets agree (within a millionth of a 万元).</summary>
    internal readonly record struct Bucket(string? CityKey, int? Year, double BudgetWan)
    {
        public bool Holds(string? cityKey, int? year, double budgetWan) =>
            cityKey == CityKey && year == Year && Math.Abs(budgetWan - BudgetWan) < 0.000001;

        /// <summary>
        /// What two writers of one bucket lock before settling it. A lock can only be exact, so the budget line is cut into
        /// cells a thousandth of a 万元 wide and a bucket locks every cell its budgets reach (one, or two beside a cell's edge):
        /// two buckets that hold one another's budgets always share a cell, even where their budgets round apart
        /// (12.3454996 and 12.3455004 万元, or one amount read as 12.3455 by two conversions that differ in the last bit).
        /// </summary>
        public IEnumerable<string> LockNames
        {
            get
            {
                // The reach is wider than the match (2e-6 against 1e-6), so rounding in the subtraction cannot lose a cell.
                var low = Cell(BudgetWan - 0.000002);
                var high = Cell(BudgetWan + 0.000002);
                for (var cell = low; cell <= high; cell++)
                    yield return $"bucket\u0001{CityKey}\u0001{Year}\u0001{cell.ToString(CultureInfo.InvariantCulture)}";
            }
        }

        private static long Cell(double budgetWan) => (long)Math.Floor(budgetWan * 1000);
    }

    /// <summary>
    /// Re-keys the named projects of some buckets to their groups' canonical keys, inside the caller's transaction; the
    /// comparison keys a re-key leaves and joins, and the documents it touches, are added to <paramref name="pending"/>
    /// (their compare rows are refreshed and the search index re-reads them). On PostgreSQL the buckets are locked first
    /// (sorted, held to commit), so two importers settling one bucket do it one after the other, the second seeing the
    /// first's committed projects.
    /// </summary>
    public static void Settle(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<Bucket>? buckets, PendingChanges pending)
    {
        if (buckets is { Count: 0 }) return;
        var dialect = SqlDialect.Of(connection);
        var members = new List<Member>();
        const string columns = "SELECT p.id, p.document_id, p.name, p.city, p.city_key, p.year, p.report_kind, p.budget_wan, p.name_key FROM projects p WHERE ";
        // All buckets (a migration re-keying a whole store, under the schema lock): one read of every project with a budget.
        var chunks = buckets is null
            ? new IReadOnlyList<Bucket>?[] { null }
            : buckets.Chunk(Math.Clamp(dialect.ParametersPerStatement / 5, 1, 200)).ToArray<IReadOnlyList<Bucket>?>();
        var first = true;
        foreach (var chunk in chunks)
        {
            using var command = Db.Command(connection, transaction, "");
            var sql = new StringBuilder();
            var lockSets = 0;
            if (first && buckets is not null && dialect.LockStatement(command, "@bucketlocks", buckets.SelectMany(b => b.LockNames)) is { } lockSql)
            {
                sql.Append(lockSql).Append(";\n");
                lockSets = 1;
            }
            first = false;
            sql.Append(columns);
            sql.Append(chunk is null ? "p.budget_wan IS NOT NULL" : MembersOf(command, chunk));
            command.CommandText = sql.ToString();
            using var reader = command.ExecuteReader();
            for (var i = 0; i < lockSets; i++) reader.NextResult();
            while (reader.Read())
                members.Add(new Member(Db.Long(reader, 0), Db.Long(reader, 1), ProjectNames.Key(reader.GetString(2), Db.Text(reader, 3)), Db.Text(reader, 4),
                    Db.Int(reader, 5), Db.Text(reader, 6), Convert.ToDouble(reader.GetValue(7)), reader.GetString(8)));
        }
        // Each city and year's named projects by budget: a bucket's members are a short run of them, found by binary search
        // (a whole store's buckets against a city and year of 62,492 projects would otherwise compare every pair).
        var byPlace = members.Where(m => m.Natural.Length > 0).GroupBy(m => (m.CityKey, m.Year))
            .ToDictionary(place => place.Key, place => place.OrderBy(m => m.Budget).ToArray());
        var rekeyed = new Dictionary<long, string>();
        foreach (var bucket in buckets ?? members.Select(m => new Bucket(m.CityKey, m.Year, m.Budget)).Distinct().ToList())
        {
            if (!byPlace.TryGetValue((bucket.CityKey, bucket.Year), out var place)) continue;
            var named = InBudgetRange(place, bucket.BudgetWan - 0.000002, bucket.BudgetWan + 0.000002)
                .Where(m => bucket.Holds(m.CityKey, m.Year, m.Budget)).ToArray();
            var canonical = Canonical(named.Select(m => m.Natural));
            foreach (var m in named)
            {
                var key = canonical[m.Natural];
                if (key == m.Key || !rekeyed.TryAdd(m.Id, key)) continue;
                pending.Keys.Add(new ComparisonKey(m.CityKey, m.Year, m.Kind, m.Key));
                pending.Keys.Add(new ComparisonKey(m.CityKey, m.Year, m.Kind, key));
                pending.Documents.Add(m.Document);
            }
        }
        Rekey(connection, transaction, rekeyed.OrderBy(r => r.Key).Select(r => (r.Key, r.Value)).ToList());
    }

    /// <summary>
    /// Stores new name keys, a few thousand projects a statement (a migration re-keys a whole store: one statement per
    /// project cost a round trip each on PostgreSQL).
    /// </summary>
    internal static void Rekey(DbConnection connection, DbTransaction transaction, IReadOnlyList<(long Id, string Key)> keys)
    {
        var dialect = SqlDialect.Of(connection);
        foreach (var chunk in keys.Chunk(5000))
        {
            using var command = Db.Command(connection, transaction, "");
            command.CommandText = dialect.Rekey(command, chunk);
            command.ExecuteNonQuery();
        }
    }

    private static IEnumerable<Member> InBudgetRange(Member[] byBudget, double low, double high)
    {
        int first = 0, last = byBudget.Length;
        while (first < last)
        {
            var middle = (first + last) / 2;
            if (byBudget[middle].Budget <= low) first = middle + 1;
            else last = middle;
        }
        for (var i = first; i < byBudget.Length && byBudget[i].Budget < high; i++) yield return byBudget[i];
    }

    /// <summary>
    /// The condition on <c>projects p</c> of the buckets' members: city, year and a budget range the bucket index
    /// (migration 16) searches, then the exact match (the range is wider, so rounding cannot lose a member).
    /// </summary>
    internal static string MembersOf(DbCommand command, IReadOnlyList<Bucket> buckets) => string.Join(" OR ", buckets.Select((bucket, i) =>
    {
        var s = i.ToString(CultureInfo.InvariantCulture);
        Db.Add(command, "@bb" + s, bucket.BudgetWan);
        Db.Add(command, "@bl" + s, bucket.BudgetWan - 0.000002);
        Db.Add(command, "@bh" + s, bucket.BudgetWan + 0.000002);
        if (bucket.CityKey is not null) Db.Add(command, "@bc" + s, bucket.CityKey);
        if (bucket.Year is not null) Db.Add(command, "@by" + s, bucket.Year.Value);
        return "(" + (bucket.CityKey is null ? "p.city_key IS NULL" : $"p.city_key = @bc{s}") + " AND " +
               (bucket.Year is null ? "p.year IS NULL" : $"p.year = @by{s}") +
               $" AND p.budget_wan > @bl{s} AND p.budget_wan < @bh{s} AND abs(p.budget_wan - @bb{s}) < 0.000001)";
    }));

    private sealed record Member(long Id, long Document, string Natural, string? CityKey, int? Year, string? Kind, double Budget, string Key);

    /// <summary>The buckets of some documents' projects (those with a budget), for a write that removes them.</summary>
    public static IEnumerable<Bucket> OfDocument(DbConnection connection, DbTransaction transaction, long documentId)
    {
        var buckets = new List<Bucket>();
        using var command = Db.Command(connection, transaction,
            "SELECT DISTINCT city_key, year, budget_wan FROM projects WHERE document_id = @doc AND budget_wan IS NOT NULL", ("@doc", documentId));
        using var reader = command.ExecuteReader();
        while (reader.Read()) buckets.Add(new Bucket(Db.Text(reader, 0), Db.Int(reader, 1), Convert.ToDouble(reader.GetValue(2))));
        return buckets;
    }
}
