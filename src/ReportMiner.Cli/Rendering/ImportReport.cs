using ReportMiner.Store.Importing;

namespace ReportMiner.Cli.Rendering;

/// <summary>The end-of-run summary: counts, speed per format, and every failure with its reason.</summary>
internal static class ImportReport
{
    public static void Print(ImportSummary s, TextWriter output)
    {
        // Every file handled counts, unchanged ones too, as in the progress lines.
        var rate = s.Elapsed.TotalSeconds > 0 ? (s.Imported + s.Unchanged + s.Failed) / s.Elapsed.TotalSeconds : 0;
        output.WriteLine($"Import run {s.RunId}: {s.Total} files, {s.Imported} imported, {s.Unchanged} unchanged, {s.Failed} failed " +
                         $"in {s.Elapsed.TotalSeconds:F1} s ({rate:F1} files/s).");
        if (s.IndexSync > TimeSpan.Zero)
            output.WriteLine($"  search index brought up to date in {s.IndexSync.TotalSeconds:F1} s ({s.IndexSync / s.Elapsed * 100:F0}% of the run)");
        if (s.Retries > 0)
            output.WriteLine($"  {s.Retries} batch(es) rolled back by the database (another importer held their rows) and written again");
        foreach (var (format, timing) in s.ByFormat.OrderBy(p => p.Key, StringComparer.Ordinal))
            output.WriteLine($"  {format}: {timing.Documents} read, {timing.Work.TotalMilliseconds / Math.Max(1, timing.Documents):F0} ms each (parse + extract)");
        if (s.Failures.Count == 0) return;
        output.WriteLine("Failures:");
        foreach (var failure in s.Failures.OrderBy(f => f.Path, StringComparer.Ordinal))
            output.WriteLine($"  {failure.Path} [{failure.Kind}] {failure.Error}");
    }
}
