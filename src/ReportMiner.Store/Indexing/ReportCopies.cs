using System.Data.Common;
using System.Globalization;
using ReportMiner.Store.Comparing;
using ReportMiner.Store.Data;

namespace ReportMiner.Store.Indexing;

/// <summary>
/// Which stored copy of each report the search index shows. Copies of one report (the same comparison key: city,
/// year, report kind, project name key, read through <see cref="ReportKeys"/> as the compare rows are) are imported
/// as several files; the index keeps one of them, the most complete and most agreed-on version, so hits and facet
/// counts count reports, not files.
/// </summary>
internal sealed class ReportCopies
{
    private readonly HashSet<long> _shownProjects = [];
    private readonly HashSet<long> _hiddenPageDocuments = [];
    private readonly Dictionary<ComparisonKey, int> _copies = [];

    private ReportCopies() { }

    /// <summary>The projects (all, or those of some reports) and the copy each report is shown by.</summary>
    public static ReportCopies Read(DbConnection connection, IReadOnlyCollection<ComparisonKey>? keys)
    {
        if (keys is { Count: 0 }) return new ReportCopies();
        var projects = Projects(connection, keys);
        return Decide(projects, Contents(connection, keys is null ? null : projects.Select(p => p.Id).ToArray()));
    }

    /// <summary>The projects of all, or of some, reports: id, document, ordinal, key and the document's path.</summary>
    public static List<ProjectRow> Projects(DbConnection connection, IReadOnlyCollection<ComparisonKey>? keys)
    {
        var projects = new List<ProjectRow>();
        const int c = ReportKeys.ColumnCount;
        ReportKeys.ReadProjects(connection, null, keys, "p.id, p.document_id, p.ordinal, d.path", "JOIN documents d ON d.id = p.document_id", null,
            (key, r) => projects.Add(new ProjectRow(Db.Long(r, c), Db.Long(r, c + 1), Convert.ToInt32(r.GetValue(c + 2)), key, r.GetString(c + 3))));
        return projects;
    }

    /// <summary>The copy each report is shown by, from its projects and their contents (<see cref="Add"/>).</summary>
    public static ReportCopies Decide(IEnumerable<ProjectRow> projects, Dictionary<long, (int Filled, long Fingerprint)> contents)
    {
        var copies = new ReportCopies();
        var all = projects as IReadOnlyCollection<ProjectRow> ?? projects.ToList();
        foreach (var report in all.GroupBy(p => p.Key))
        {
            // The most complete copy; among equally complete ones, the one whose indicators most other copies repeat
            // exactly (a misread copy is outvoted); then, as the compare rows do, the first by file path (a path is one
            // document's) and within one file the first project: never by which copy was stored first, so two import
            // workers writing the same files in another order show the same copy. The id only makes the order total.
            var versions = report.Select(p => (Project: p, Content: contents.GetValueOrDefault(p.Id))).ToArray();
            var shown = versions
                .OrderByDescending(v => v.Content.Filled)
                .ThenByDescending(v => versions.Count(o => o.Content.Fingerprint == v.Content.Fingerprint))
                .ThenBy(v => v.Project.Path, StringComparer.Ordinal)
                .ThenBy(v => v.Project.Ordinal)
                .ThenBy(v => v.Project.Id)
                .First().Project.Id;
            copies._shownProjects.Add(shown);
            copies._copies[report.Key] = versions.Length;
        }
        // A document's pages are filed under its first project: they are shown when that project is.
        foreach (var project in all.Where(p => p.Ordinal == 0 && !copies._shownProjects.Contains(p.Id)))
            copies._hiddenPageDocuments.Add(project.Document);
        return copies;
    }

    /// <summary>Per project: how many indicator values it has, and a fingerprint of its indicators (names and values, in order).</summary>
    private static Dictionary<long, (int Filled, long Fingerprint)> Contents(DbConnection connection, IReadOnlyList<long>? projectIds)
    {
        var contents = new Dictionary<long, (int Filled, long Fingerprint)>();
        var chunks = projectIds is null ? new IReadOnlyList<long>?[] { null } : projectIds.Chunk(5000).ToArray<IReadOnlyList<long>?>();
        foreach (var chunk in chunks)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT i.project_id, i.ordinal, i.name_key, i.target_text, i.actual_text FROM indicators i" +
                                  (chunk is null ? "" : " WHERE " + SqlDialect.Of(connection).InList(command, "i.project_id", "@projects", chunk));
            using var r = command.ExecuteReader();
            while (r.Read()) Add(contents, Db.Long(r, 0), Convert.ToInt32(r.GetValue(1)), r.GetString(2), Db.Text(r, 3), Db.Text(r, 4));
        }
        return contents;
    }

    /// <summary>Adds one indicator to its project's content: one value for its name, one each for a target and an actual.</summary>
    public static void Add(Dictionary<long, (int Filled, long Fingerprint)> contents, long projectId, int ordinal, string nameKey, string? target, string? actual)
    {
        // Rows come in any order: a sum of per-indicator hashes does not depend on it.
        var hash = (long)HashCode.Combine(ordinal, nameKey, target, actual);
        var (filled, fingerprint) = contents.GetValueOrDefault(projectId);
        contents[projectId] = (filled + 1 + (target is null ? 0 : 1) + (actual is null ? 0 : 1), fingerprint + hash);
    }

    /// <summary>The comparison keys of some documents' projects.</summary>
    public static HashSet<ComparisonKey> KeysOf(DbConnection connection, IReadOnlyCollection<long> documentIds) =>
        documentIds.Count == 0 ? [] : ReportKeys.OfDocuments(connection, null, documentIds);

    /// <summary>A project as the copy choice sees it (<paramref name="Path"/>: its document's).</summary>
    public readonly record struct ProjectRow(long Id, long Document, int Ordinal, ComparisonKey Key, string Path);

    public bool Shows(long projectId) => _shownProjects.Contains(projectId);

    /// <summary>False for the pages of a copy whose report is shown through another file.</summary>
    public bool ShowsPagesOf(long documentId) => !_hiddenPageDocuments.Contains(documentId);

    public int Copies(ComparisonKey key) => _copies.GetValueOrDefault(key, 1);

    /// <summary>The key as one index term (the entries of one report are found, and replaced, by it).</summary>
    public static string Term(ComparisonKey key) =>
        $"{key.CityKey}\u0001{key.Year?.ToString(CultureInfo.InvariantCulture)}\u0001{key.ReportKind}\u0001{key.NameKey}";

    public static ComparisonKey? Parse(string? term)
    {
        var parts = term?.Split('\u0001');
        if (parts is not { Length: 4 }) return null;
        return new ComparisonKey(parts[0].Length == 0 ? null : parts[0],
            parts[1].Length == 0 ? null : int.Parse(parts[1], CultureInfo.InvariantCulture), parts[2].Length == 0 ? null : parts[2], parts[3]);
    }
}
