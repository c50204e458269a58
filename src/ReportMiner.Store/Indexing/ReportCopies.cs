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
        var copies = new ReportCopies();
        if (keys is { Count: 0 }) return copies;
        var projects = new List<(long Id, long Document, int Ordinal, ComparisonKey Key)>();
        const int c = ReportKeys.ColumnCount;
        ReportKeys.ReadProjects(connection, null, keys, "p.id, p.document_id, p.ordinal", "", null,
            (key, r) => projects.Add((Db.Long(r, c), Db.Long(r, c + 1), Convert.ToInt32(r.GetValue(c + 2)), key)));
        var contents = Contents(connection, keys is null ? null : projects.Select(p => p.Id).ToArray());
        foreach (var report in projects.GroupBy(p => p.Key))
        {
            // The most complete copy; among equally complete ones, the one whose indicators most other copies repeat
            // exactly (a misread copy is outvoted); then the first stored.
            var versions = report.Select(p => (p.Id, Content: contents.GetValueOrDefault(p.Id))).ToArray();
            var shown = versions
                .OrderByDescending(v => v.Content.Filled)
                .ThenByDescending(v => versions.Count(o => o.Content.Fingerprint == v.Content.Fingerprint))
                .ThenBy(v => v.Id)
                .First().Id;
            copies._shownProjects.Add(shown);
            copies._copies[report.Key] = versions.Length;
        }
        // A document's pages are filed under its first project: they are shown when that project is.
        foreach (var project in projects.Where(p => p.Ordinal == 0 && !copies._shownProjects.Contains(p.Id)))
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
            while (r.Read())
            {
                var target = Db.Text(r, 3);
                var actual = Db.Text(r, 4);
                // Rows come in any order: a sum of per-indicator hashes does not depend on it.
                var hash = (long)HashCode.Combine(Convert.ToInt32(r.GetValue(1)), r.GetString(2), target, actual);
                var id = Db.Long(r, 0);
                var (filled, fingerprint) = contents.GetValueOrDefault(id);
                contents[id] = (filled + 1 + (target is null ? 0 : 1) + (actual is null ? 0 : 1), fingerprint + hash);
            }
        }
        return contents;
    }

    /// <summary>The comparison keys of some documents' projects.</summary>
    public static HashSet<ComparisonKey> KeysOf(DbConnection connection, IReadOnlyCollection<long> documentIds) =>
        documentIds.Count == 0 ? [] : ReportKeys.OfDocuments(connection, null, documentIds);

    /// <summary>The stored documents holding a project of one of the keys.</summary>
    public static HashSet<long> DocumentsOf(DbConnection connection, IReadOnlyCollection<ComparisonKey> keys)
    {
        var documents = new HashSet<long>();
        ReportKeys.ReadProjects(connection, null, keys, "p.document_id", "", null, (_, r) => documents.Add(Db.Long(r, ReportKeys.ColumnCount)));
        return documents;
    }

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
