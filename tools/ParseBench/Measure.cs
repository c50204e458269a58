using System.Diagnostics;
using ReportMiner.Parsing.Pipeline;

namespace ReportMiner.ParseBench;

internal sealed record ParseResult(int Pages, double MsPerDocument, double DocumentsPerSecond, double PagesPerSecond);

internal static class Measure
{
    public static ParseResult Parse(DocumentReader reader, string[] files, int runs)
    {
        var pages = files.Sum(f => reader.Read(f).Pages.Count); // warm-up, and the page count
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
            foreach (var f in files) reader.Read(f);
        var seconds = sw.Elapsed.TotalSeconds;
        var docs = files.Length * runs;
        return new ParseResult(pages, seconds * 1000 / docs, docs / seconds, pages * runs / seconds);
    }

    public static double BarePdfToText(string[] files, int runs)
    {
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
            foreach (var f in files)
            {
                var psi = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
                foreach (var a in new[] { "-bbox-layout", f, "-" }) psi.ArgumentList.Add(a);
                using var p = Process.Start(psi)!;
                p.StandardOutput.ReadToEnd();
                p.WaitForExit();
            }
        return sw.Elapsed.TotalMilliseconds / (files.Length * runs);
    }
}
