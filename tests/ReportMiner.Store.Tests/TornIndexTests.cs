using Lucene.Net.Index;
using ReportMiner.Store.Data;
using ReportMiner.Store.Searching;
using ReportMiner.TestSupport;

namespace ReportMiner.Store.Tests;

/// <summary>
/// A search index that cannot be read (a file cut short or missing, a commit file empty: a disk that lost what it
/// acknowledged, or a file damaged by hand) is found when it is opened and rebuilt from the store. Each test damages a copy
/// of a store's index, as a process started afterwards finds it (this process holds no reader of the copy), and searches
/// the copy.
/// </summary>
public sealed class TornIndexTests : IDisposable
{
    private static readonly string[] Queries = ["率", "预算", "回访", "满意度", "广州"];

    private readonly TempDirectory _dir = new();
    private readonly string _db;

    public TornIndexTests()
    {
        _db = StoreFixture.NewStore(_dir, StoreEngine.Sqlite);
        StoreFixture.Import(_db, StoreFixture.CopyGold(_dir));
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void An_index_whose_segment_file_was_cut_short_is_rebuilt_and_answers_as_before()
    {
        var copy = CopyStore();
        var file = LargestSegmentFile(copy);
        using (var stream = new FileStream(file, FileMode.Open)) stream.SetLength(stream.Length / 2);
        Assert.False(IndexIsWhole(copy));

        Assert.Equal(Answers(_db), Answers(copy));
        Assert.True(IndexIsWhole(copy));
    }

    [Fact]
    public void An_index_missing_one_of_its_segment_files_is_rebuilt_and_answers_as_before()
    {
        var copy = CopyStore();
        File.Delete(LargestSegmentFile(copy));
        Assert.False(IndexIsWhole(copy));

        Assert.Equal(Answers(_db), Answers(copy));
        Assert.True(IndexIsWhole(copy));
    }

    [Fact]
    public void An_index_whose_commit_file_is_missing_is_rebuilt_and_answers_as_before()
    {
        var copy = CopyStore();
        foreach (var segments in Directory.GetFiles(IndexOf(copy), "segments*")) File.Delete(segments);
        Assert.False(IndexIsWhole(copy));

        Assert.Equal(Answers(_db), Answers(copy));
        Assert.True(IndexIsWhole(copy));
    }

    [Fact]
    public void An_index_whose_commit_file_is_empty_is_rebuilt_and_answers_as_before()
    {
        var copy = CopyStore();
        var commit = Directory.GetFiles(IndexOf(copy), "segments_*").Single();
        File.WriteAllBytes(commit, []);
        Assert.False(IndexIsWhole(copy));

        Assert.Equal(Answers(_db), Answers(copy));
        Assert.True(IndexIsWhole(copy));
    }

    private static string IndexOf(string db) => StoreLocation.Parse(db).IndexDirectory;

    /// <summary>A copy of the store and its index in a folder of its own: no reader of this process has the copy open.</summary>
    private string CopyStore()
    {
        var folder = _dir.File("copy-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var copy = Path.Combine(folder, "s.db");
        using (var connection = StoreFixture.Open(_db))
            Db.Execute(connection, null, "VACUUM INTO @to", ("@to", copy));
        var index = IndexOf(copy);
        Directory.CreateDirectory(index);
        foreach (var file in Directory.GetFiles(IndexOf(_db)).Where(f => Path.GetFileName(f) != "write.lock"))
            File.Copy(file, Path.Combine(index, Path.GetFileName(file)));
        return copy;
    }

    private static string LargestSegmentFile(string db) => Directory.GetFiles(IndexOf(db))
        .Where(f => !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal) && Path.GetFileName(f) != "write.lock")
        .OrderByDescending(f => new FileInfo(f).Length).First();

    private static List<string> Answers(string db)
    {
        using var connection = StoreFixture.Open(db);
        var service = new SearchService(connection);
        return Queries.Select(q => service.Search(new SearchQuery(q) { Limit = 200 }))
            .Select(r => $"{r.TotalIndicators}: {string.Join(", ", r.Indicators.Select(h => $"{h.IndicatorId} {h.Indicator}"))} | " +
                         string.Join(", ", r.Pages.Select(p => $"{p.File}#{p.Page}")))
            .ToList();
    }

    /// <summary>Every file of the index's commit is whole (Lucene's own check, checksums included).</summary>
    private static bool IndexIsWhole(string db)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(IndexOf(db));
        var check = new CheckIndex(directory);
        return check.DoCheckIndex().Clean;
    }
}
