#:project ../src/ReportMiner.Extraction/ReportMiner.Extraction.csproj
#:property PublishAot=false
#:property TieredPGO=false
// What `extract` does per file (the full PDF parse, the extractor, the JSON record) compared with a bare
// `pdftotext -bbox-layout` run on the same files, both timed in one process, interleaved, after warm-up passes;
// also reports the cost of the very first document in a fresh process (JIT and font-program start-up).
// Usage: dotnet run tools/bench-pdf.cs -- [iterations] [warmup] [pdf ...]
//        (defaults: 10, 5, the text PDFs of corpus/fixtures and corpus/generalization/docs)
using System.Diagnostics;
using ReportMiner.Documents.Model;
using ReportMiner.Extraction;
using ReportMiner.Extraction.Records;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Pdf;

var iterations = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 10;
var warmup = args.Length > 1 && int.TryParse(args[1], out var w) ? w : 5;
var files = args.Skip(2).ToArray();
if (files.Length == 0)
    files = Directory.GetFiles("corpus/fixtures", "*.pdf").Concat(Directory.GetFiles("corpus/generalization/docs", "*.pdf"))
        .Where(f => !f.EndsWith(".scanned.pdf", StringComparison.Ordinal)).Order().ToArray();

var parser = new PdfParser();
void ExtractOne(string f) =>
    RecordJson.Serialize(RuleBasedExtractor.Default.Extract(parser.Parse(new ParseRequest(f, FileFormat.Pdf, ParseLimits.Default)), "0"));
void Extract() { foreach (var f in files) ExtractOne(f); }
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

var first = Stopwatch.StartNew();
ExtractOne(files[0]);
var firstMs = first.Elapsed.TotalMilliseconds;
for (var i = 0; i < warmup; i++) { Extract(); Bare(); } // JIT tiers up, file cache warm
var bareRuns = new List<double>();
var fullRuns = new List<double>();
for (var i = 0; i < iterations; i++)
{
    var sw = Stopwatch.StartNew();
    Bare();
    bareRuns.Add(sw.Elapsed.TotalMilliseconds);
    sw.Restart();
    Extract();
    fullRuns.Add(sw.Elapsed.TotalMilliseconds);
}
double Median(List<double> runs) => runs.Order().ElementAt(runs.Count / 2);
var bare = Median(bareRuns);
var full = Median(fullRuns);
Console.WriteLine($"files: {files.Length}, warm-up passes: {warmup}, iterations: {iterations} (median of one pass over all files, interleaved)");
Console.WriteLine($"first document in this process, JIT-compiled ({Path.GetFileName(files[0])}): {firstMs:0} ms");
Console.WriteLine($"bare pdftotext -bbox-layout:           {bare:0.0} ms");
Console.WriteLine($"parse + extract + JSON (what extract does per file): {full:0.0} ms");
Console.WriteLine($"ratio of medians: {full / bare:0.00}x (target <= 1.0x)");
// The fastest pass is the least disturbed by other load on the machine.
Console.WriteLine($"fastest passes: bare {bareRuns.Min():0.0} ms, extract {fullRuns.Min():0.0} ms, ratio {fullRuns.Min() / bareRuns.Min():0.00}x");
