#:project ../src/ReportMiner.Parsing/ReportMiner.Parsing.csproj
#:property PublishAot=false
// Compares the full PDF parse (pdftotext + rule reading + layout) with a bare `pdftotext -bbox-layout` run on
// the same files, both timed inside one warmed-up process so .NET start-up is not counted.
// Usage: dotnet run tools/bench-pdf.cs -- [iterations] [pdf ...]   (defaults: 10, corpus/fixtures/*.pdf text PDFs)
using System.Diagnostics;
using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Pdf;

var iterations = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 10;
var files = args.Skip(1).ToArray();
if (files.Length == 0)
    files = Directory.GetFiles("corpus/fixtures", "*.pdf").Where(f => !f.EndsWith(".scanned.pdf", StringComparison.Ordinal)).Order().ToArray();

var parser = new PdfParser();
void Parse() { foreach (var f in files) parser.Parse(new ParseRequest(f, FileFormat.Pdf, ParseLimits.Default)); }
void Bare()
{
    foreach (var f in files)
    {
        using var p = Process.Start(new ProcessStartInfo("pdftotext", ["-bbox-layout", "-enc", "UTF-8", f, "-"])
            { RedirectStandardOutput = true, RedirectStandardError = true })!;
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
    }
}

Parse(); Bare(); // warm-up: JIT, file cache
// Interleaved so both see the same machine load; medians of one pass over all files.
var bareRuns = new List<double>();
var fullRuns = new List<double>();
for (var i = 0; i < iterations; i++)
{
    var sw = Stopwatch.StartNew();
    Bare();
    bareRuns.Add(sw.Elapsed.TotalMilliseconds);
    sw.Restart();
    Parse();
    fullRuns.Add(sw.Elapsed.TotalMilliseconds);
}
double Median(List<double> runs) => runs.Order().ElementAt(runs.Count / 2);
var bare = Median(bareRuns);
var full = Median(fullRuns);
Console.WriteLine($"files: {files.Length}, iterations: {iterations} (median of one pass over all files, interleaved)");
Console.WriteLine($"bare pdftotext -bbox-layout: {bare:0.0} ms");
Console.WriteLine($"PdfParser (full parse):      {full:0.0} ms");
Console.WriteLine($"ratio of medians: {full / bare:0.00}x (target <= 1.5x)");
// The fastest pass is the least disturbed by other load on the machine.
Console.WriteLine($"fastest passes: bare {bareRuns.Min():0.0} ms, parser {fullRuns.Min():0.0} ms, ratio {fullRuns.Min() / bareRuns.Min():0.00}x");
