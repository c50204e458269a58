using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;
using ReportMiner.Store.Comparing;
using ReportMiner.Store.Text;

namespace ReportMiner.Store.Indexing;

/// <summary>
/// Indexes a few made-up entries into a throwaway index, again and again for the first seconds of a long import, on a
/// background thread while the workers read the first files. The CLI's runtime starts counting calls for the optimizing
/// JIT only once no new method was compiled for 4 s (chosen for short runs), so the importer's first catch-ups ran
/// Lucene's analysis, inversion and flush as unoptimized code, and queued their recompilation behind a busy machine; run
/// here first, those methods are optimized before the first catch-up needs them. The store and its index are not touched.
/// </summary>
internal static class IndexWarmUp
{
    // Call counting begins 4 s after the last new method; passes every 2 s for 20 s span that delay, however the importer's
    // own start-up stretches it, and each hot method is called far more than the 30 times that queue its recompilation.
    private const int Passes = 10;
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(2);
    internal const int EntriesPerPass = 60;

    private const string Sample = "某市年度热线服務項目績效自評報告受理來電量群眾滿意度接通率預算執行率产出数量质量时效成本效益社会经济生态可持续";

    public static void Start()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"reportminer-index-warm-up-{Environment.ProcessId}-{Guid.NewGuid():N}");
        new Thread(() => Run(folder, Passes, Pause)) { IsBackground = true, Name = "index-warm-up", Priority = ThreadPriority.BelowNormal }.Start();
    }

    /// <summary>Indexes into <paramref name="folder"/> (removed at the end); returns how many entries the passes' readers found.</summary>
    internal static int Run(string folder, int passes, TimeSpan pause)
    {
        var found = 0;
        try
        {
            for (var pass = 0; pass < passes; pass++)
            {
                if (pass > 0) Thread.Sleep(pause);
                found += IndexOnce(folder, pass);
            }
        }
        catch (Exception)
        {
            // Warming up is only a head start: whatever fails here fails again, and is reported, in a real catch-up.
        }
        finally
        {
            try { System.IO.Directory.Delete(folder, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return found;
    }

    /// <summary>What a catch-up does, on a small scale: delete by document, add entries, commit, open a reader and look entries up.</summary>
    private static int IndexOnce(string folder, int pass)
    {
        using var directory = FSDirectory.Open(folder);
        var config = new IndexWriterConfig(ChineseAnalyzer.Version, ChineseAnalyzer.ForIndex)
        {
            OpenMode = OpenMode.CREATE, Similarity = SearchIndex.Similarity,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            var document = new EntryDocument();
            writer.DeleteDocuments(new Term(IndexFields.Document, "1"));
            for (var i = 0; i < EntriesPerPass; i++) writer.AddDocument(document.For(Entry(pass * EntriesPerPass + i)));
            writer.SetCommitData(new Dictionary<string, string> { ["seq"] = pass.ToString(CultureInfo.InvariantCulture) });
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(directory);
        SearchIndex.ReportsOf(reader, [1, 2, 3]);
        return reader.NumDocs;
    }

    /// <summary>An indicator entry, or every sixth a page, made of slices of <see cref="Sample"/> with numbers and Latin words.</summary>
    private static IndexEntry Entry(int i)
    {
        string Slice(int from, int length) => Sample.Substring((from * 7) % (Sample.Length - length), length);
        var key = new ComparisonKey($"城市{i % 5}", 2018 + i % 4, i % 2 == 0 ? "self_evaluation" : "target", Slice(i, 6));
        var entry = new IndexEntry(i, i % 7, key, 1 + i % 3, i % 6 == 5 ? null : "satisfaction", key.ReportKind);
        if (i % 6 == 5) return entry with { PageText = $"{Slice(i, 30)} 2021年 预算100.5万元 ABC-{i} ＡＢＣ１２３ {Slice(i + 3, 40)}。" };
        var name = Slice(i + 1, 4 + i % 5) + (i % 4 == 0 ? $"≥{90 + i % 10}%" : "");
        return entry with
        {
            Name = name, ExactName = ScriptFolding.Fold(name),
            Context = $"{Slice(i + 2, 4)} | {Slice(i + 4, 5)} | {Slice(i, 12)}项目 | {Slice(i + 5, 6)}局 | 城市{i % 5} | 区{i % 3}",
        };
    }
}
