using System.Diagnostics;
using ReportMiner.Store.Schema;
using ReportMiner.Store.Writing;

namespace ReportMiner.Bench.Store;

/// <summary>Writes synthetic records straight into a store through the real writer, in large transactions.</summary>
internal static class RowGenerator
{
    private static readonly string[] Formats = ["docx", "doc", "pdf", "scanned-pdf", "txt", "html"];

    /// <summary>The report's text as a reader would see it: a title paragraph and its indicator table, eight rows per page.</summary>
    private static IReadOnlyList<PageText> PageText(ReportMiner.Extraction.Records.DocumentRecord record)
    {
        var project = record.Projects[0];
        var title = $"{project.City}{project.Year}年度{project.Name}绩效自评报告\n{project.Department}。项目预算{project.BudgetWan}万元，" +
                    $"实际支出{project.ActualWan}万元，预算执行率{project.ExecutionRatePct}%。\n";
        return project.Indicators.Chunk(8).Select((rows, i) => new PageText(i + 1, (i == 0 ? title : "") + string.Join('\n',
            rows.Select(r => $"{r.Level1}\t{r.Level2}\t{r.Name}\t{r.Target?.Text}\t{r.Actual?.Text}\t{r.Weight}\t{r.Score}")))).ToArray();
    }

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
                        Pages = PageText(record),
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
