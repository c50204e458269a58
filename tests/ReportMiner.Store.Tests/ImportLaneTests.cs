using ReportMiner.Parsing.Abstractions;
using ReportMiner.Store.Importing;
using ReportMiner.Store.Writing;
using ReportMiner.TestSupport;

namespace ReportMiner.Store.Tests;

public sealed class ImportLaneTests
{
    private static readonly byte[] OleHeader = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Holds each file until enough files of its kind are in flight (or a while has passed) and records the most seen at once.</summary>
    private sealed class WidthProbe : IDocumentWork
    {
        private int _converted, _other;
        public int MostConverted;
        public int MostOther;

        public DocumentEntry Read(string path, string sha256, long size, CancellationToken cancellationToken, Action<PageProgress>? progress = null)
        {
            if (File.ReadAllBytes(path).AsSpan().StartsWith(OleHeader)) Hold(ref _converted, ref MostConverted, TimeSpan.FromSeconds(10));
            else Hold(ref _other, ref MostOther, TimeSpan.FromMilliseconds(200));
            return DocumentEntry.Failure(path, sha256, "txt", size, "Unsupported", $"{path}: probe");
        }

        private static void Hold(ref int inFlight, ref int most, TimeSpan patience)
        {
            var now = Interlocked.Increment(ref inFlight);
            for (var seen = Volatile.Read(ref most); now > seen; seen = Volatile.Read(ref most))
                if (Interlocked.CompareExchange(ref most, now, seen) == seen) break;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (Volatile.Read(ref inFlight) < 4 && clock.Elapsed < patience) Thread.Sleep(5);
            Interlocked.Decrement(ref inFlight);
        }
    }

    [Fact]
    public async Task Files_read_through_libreoffice_are_read_more_at_once_than_jobs_while_the_others_keep_to_jobs()
    {
        using var dir = new TempDirectory();
        var files = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            files.Add(dir.File($"legacy{i}.doc"));
            File.WriteAllBytes(files[^1], [.. OleHeader, (byte)i]);
        }
        for (var i = 0; i < 3; i++)
        {
            files.Add(dir.File($"plain{i}.txt"));
            File.WriteAllText(files[^1], $"报告{i}");
        }
        var probe = new WidthProbe();

        var summary = await new ImportPipeline(probe).RunAsync(files, dir.File("s.db"), new ImportOptions { Jobs = 1, ConvertedFilesInFlight = 4 });

        Assert.Equal(11, summary.Failed);
        Assert.Equal(4, probe.MostConverted);
        Assert.Equal(1, probe.MostOther);
    }

    /// <summary>Counts the files read before the pipeline said it had finished reading, and how often it said so.</summary>
    private sealed class FinishProbe : IDocumentWork
    {
        public int Reads;
        public int ReadsBeforeFinish = -1;
        public int Finished;

        public DocumentEntry Read(string path, string sha256, long size, CancellationToken cancellationToken, Action<PageProgress>? progress = null)
        {
            Interlocked.Increment(ref Reads);
            return DocumentEntry.Failure(path, sha256, "txt", size, "Unsupported", $"{path}: probe");
        }

        public void FinishedReading()
        {
            ReadsBeforeFinish = Volatile.Read(ref Reads);
            Finished++;
        }
    }

    [Fact]
    public async Task The_work_is_told_once_that_reading_is_finished_after_every_file_was_read()
    {
        using var dir = new TempDirectory();
        var files = Enumerable.Range(0, 5).Select(i => dir.File($"plain{i}.txt")).ToList();
        foreach (var f in files) File.WriteAllText(f, f);
        var probe = new FinishProbe();

        await new ImportPipeline(probe).RunAsync(files, dir.File("s.db"), new ImportOptions { Jobs = 2 });

        Assert.Equal((1, 5), (probe.Finished, probe.ReadsBeforeFinish));
    }
}
