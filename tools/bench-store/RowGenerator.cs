using System.Diagnostics;
using ReportMiner.Store.Schema;
using ReportMiner.Store.Writing;

namespace ReportMiner.Bench.Store;

/// <summary>Writes synthetic records straight into a store through the real writer, in large transactions.</summary>
internal static class RowGenerator
{
    private static readonly string[] Formats = ["docx", "doc", "pdf", "scanned-pdf", "txt", "html"];

    public static int Run(string path, int targetIndicators)
    {
        using var connection = StoreDatabase.Open(path);
        if (connection is Microsoft.Data.Sqlite.SqliteConnection)
        using (var fast = connection.CreateCommand())
        {
            // A generated store can be regenerated; skip fsyncs while filling it.
            fast.CommandText = "PRAGMA synchronous = OFF";
            fast.ExecuteNonQuery();
        }
        var records = new SyntheticRecords(42);
        var clock = Stopwatch.StartNew();
        var written = 0;
        var report = 0;
        while (written < targetIndicators)
        {
            using var batch = new WriteBatch(connection);
            for (var n = 0; n < 200 && written < targetIndicators; n++, report++)
            {
                // Each report exists in several formats, like the real corpus.
                for (var variant = 0; variant < Formats.Length && written < targetIndicators; variant++)
                {
                    var record = records.Report(report, variant, Formats[variant]);
                    batch.Write(new DocumentEntry
                    {
                        Path = $"/corpus/{report:D6}/{record.File}", Sha256 = record.Sha256, Format = Formats[variant], Size = 1000, Record = record,
                    }, null);
                    written += record.Projects.Sum(p => p.Indicators.Count);
                }
            }
            batch.Commit();
            Console.Error.Write($"\r{written} indicators, {clock.Elapsed.TotalSeconds:F0} s");
        }
        Console.Error.WriteLine();
        Console.WriteLine($"generated {written} indicators from {report} reports in {clock.Elapsed.TotalSeconds:F1} s ({written / clock.Elapsed.TotalSeconds:F0} rows/s)");
        return 0;
    }
}
