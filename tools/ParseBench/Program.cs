using System.Diagnostics;
using ReportMiner.ParseBench;
using ReportMiner.Parsing.Pipeline;

// Parses the fixture corpus per format on one core and prints documents/s and pages/s; for text PDFs it also
// times bare `pdftotext -bbox-layout` on the same files, the yardstick the PDF parser is held to.
var corpus = args.Length > 0 ? args[0] : "corpus/fixtures";
var iterations = args.Length > 1 ? int.Parse(args[1]) : 5;
if (OperatingSystem.IsLinux()) Process.GetCurrentProcess().ProcessorAffinity = 1;

var reader = DefaultDocumentReader.Create();
var groups = Directory.GetFiles(corpus).GroupBy(FormatKey.Of).OrderBy(g => g.Key);
Console.WriteLine($"{"format",-14}{"files",6}{"pages",7}{"ms/doc",10}{"docs/s",9}{"pages/s",9}");
foreach (var group in groups)
{
    var files = group.OrderBy(f => f).ToArray();
    var runs = group.Key == ".scanned.pdf" ? 1 : iterations;
    ParseResult result;
    try { result = Measure.Parse(reader, files, runs); }
    catch (Exception ex) { Console.WriteLine($"{group.Key,-14}{files.Length,6}   failed: {ex.Message}"); continue; }
    Console.WriteLine($"{group.Key,-14}{files.Length,6}{result.Pages,7}{result.MsPerDocument,10:0.0}{result.DocumentsPerSecond,9:0.0}{result.PagesPerSecond,9:0.0}");
    if (group.Key == ".pdf")
    {
        var bare = Measure.BarePdfToText(files, iterations);
        Console.WriteLine($"{"  pdftotext",-14}{files.Length,6}{"",7}{bare,10:0.0}{"",9}{"",9}   ratio parser/pdftotext = {result.MsPerDocument / bare:0.00}");
    }
}
