using System.Collections.Concurrent;
using System.Diagnostics;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Store.Importing;
using ReportMiner.Store.Indexing;
using ReportMiner.Store.Schema;
using ReportMiner.Store.Writing;

namespace ReportMiner.Bench.Store;

/// <summary>
/// What the search index adds to an import, without the parsing: the files are read once, then imported into a fresh
/// store in steps of the import's catch-up size, the index brought up to date after each step as an import does.
/// Writing and index time are measured apart (CPU of this process and wall), per run; medians over the runs.
/// </summary>
internal static class IndexBench
{
    public static int Run(string input, int runs, int step)
    {
        var files = Directory.EnumerateFiles(input, "*", new EnumerationOptions { RecurseSubdirectories = true }).Order(StringComparer.Ordinal).ToArray();
        var read = new ConcurrentDictionary<string, DocumentEntry>(StringComparer.Ordinal);
        var work = ImportPipeline.DefaultWork();
        Parallel.ForEach(files, file => read[file] = work.Read(file, ContentHash(file), new FileInfo(file).Length, CancellationToken.None));
        Console.WriteLine($"{files.Length} files read; steps of {step}; load average {LoadAverage()}");
        var pipeline = new ImportPipeline(new ReadAlready(read));
        var steps = Steps(files, step);
        var (writeCpu, writeWall, indexCpu, indexWall) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        for (var run = 0; run < runs; run++)
        {
            var db = Path.Combine(Path.GetTempPath(), $"bench-index-{Environment.ProcessId}.db");
            Remove(db);
            var (wc, ww, ic, iw) = (0.0, 0.0, 0.0, 0.0);
            foreach (var chunk in steps)
            {
                var (cpu, wall) = Measure(() => pipeline.RunAsync(chunk, db, new ImportOptions { Jobs = 1, UpdateIndex = false }).GetAwaiter().GetResult());
                (wc, ww) = (wc + cpu, ww + wall);
                using var connection = StoreDatabase.OpenExisting(db);
                (cpu, wall) = Measure(() => StoreIndex.Update(connection));
                (ic, iw) = (ic + cpu, iw + wall);
            }
            Remove(db);
            writeCpu.Add(wc); writeWall.Add(ww); indexCpu.Add(ic); indexWall.Add(iw);
            Console.WriteLine($"run {run + 1}: write CPU {wc:F0} ms wall {ww:F0} ms; index CPU {ic:F0} ms wall {iw:F0} ms; load average {LoadAverage()}");
        }
        Console.WriteLine($"MEDIAN: write CPU {Median(writeCpu):F0} ms wall {Median(writeWall):F0} ms; index CPU {Median(indexCpu):F0} ms wall {Median(indexWall):F0} ms " +
                          $"(min {indexCpu.Min():F0} / {indexWall.Min():F0}); load average {LoadAverage()}");
        return 0;
    }

    /// <summary>Like an import's catch-ups: every <paramref name="step"/> files, the last step taking a remainder smaller than a step along.</summary>
    private static List<string[]> Steps(string[] files, int step)
    {
        var steps = files.Chunk(step).ToList();
        if (steps.Count > 1 && steps[^1].Length < step) { steps[^2] = [.. steps[^2], .. steps[^1]]; steps.RemoveAt(steps.Count - 1); }
        return steps;
    }

    private static (double Cpu, double Wall) Measure(Action action)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        action();
        process.Refresh();
        return ((process.TotalProcessorTime - cpu).TotalMilliseconds, clock.Elapsed.TotalMilliseconds);
    }

    private static string ContentHash(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }

    private static void Remove(string db)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", ".index.lock" }) File.Delete(db + suffix);
        if (Directory.Exists(db + ".index")) Directory.Delete(db + ".index", recursive: true);
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    /// <summary>Hands back what was read before, so a run measures writing and indexing only.</summary>
    private sealed class ReadAlready(IReadOnlyDictionary<string, DocumentEntry> read) : IDocumentWork
    {
        public DocumentEntry Read(string path, string sha256, long size, CancellationToken cancellationToken, Action<PageProgress>? progress = null) => read[path];
    }
}
