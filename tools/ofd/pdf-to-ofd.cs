#:project ../../src/ReportMiner.Parsing/ReportMiner.Parsing.csproj
#:project ../../tests/ReportMiner.TestSupport/ReportMiner.TestSupport.csproj
#:property PublishAot=false
// Renders text PDFs as OFD (the words and ruling lines ReportMiner reads from each PDF page, written the way OFD
// producers write them), so the OFD reader can be measured on the same documents as the PDF reader:
//   dotnet run tools/ofd/pdf-to-ofd.cs -- [--style run|char|ctm|scan] OUT_DIR FILE.pdf...
// Each FILE.pdf becomes OUT_DIR/FILE.ofd. `--style scan` is for scanned PDFs: each page's embedded images (pdfimages,
// poppler-utils) become an image-only OFD page, as a scanner or archive system saving to OFD writes it.
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Pdf;
using ReportMiner.Parsing.Processes;
using ReportMiner.TestSupport.Ofd;

const double MmPerPoint = 25.4 / 72;
var style = OfdTextStyle.RunPerObject;
var scan = false;
var rest = args.ToList();
if (rest.Count > 1 && rest[0] == "--style")
{
    scan = rest[1] == "scan";
    style = rest[1] switch { "char" => OfdTextStyle.CharacterPerObject, "ctm" => OfdTextStyle.ScaledByCtm, _ => OfdTextStyle.RunPerObject };
    rest.RemoveRange(0, 2);
}
if (rest.Count < 2)
{
    Console.Error.WriteLine("usage: dotnet run tools/ofd/pdf-to-ofd.cs -- [--style run|char|ctm|scan] OUT_DIR FILE.pdf...");
    return 2;
}
Directory.CreateDirectory(rest[0]);
var failed = 0;
foreach (var pdf in rest.Skip(1))
{
    try
    {
        var output = Path.Combine(rest[0], Path.GetFileNameWithoutExtension(pdf) + ".ofd");
        if (scan)
        {
            var images = Path.Combine(rest[0], Path.GetFileNameWithoutExtension(pdf) + ".images");
            Directory.CreateDirectory(images);
            ToolRunner.Run(new ExternalTool("pdfimages", "poppler-utils"), ["-all", "-p", pdf, Path.Combine(images, "img")], pdf, TimeSpan.FromMinutes(2));
            var scanned = PdfPigPages.Read(pdf, ParseLimits.Default, CancellationToken.None, out _).Select(p =>
            {
                var width = p.Frame.DisplayWidth * MmPerPoint;
                var height = p.Frame.DisplayHeight * MmPerPoint;
                var files = Directory.GetFiles(images, $"img-{p.Words.PageNumber:000}-*").Order(StringComparer.Ordinal);
                return new OfdPageSpec(width, height, [], [], Images: files.Select(f => new OfdImage(0, 0, width, height, f)).ToList());
            }).ToList();
            OfdWriter.Write(output, scanned, style);
            Directory.Delete(images, recursive: true);
            Console.WriteLine(output);
            continue;
        }
        var pages = PdfPigPages.Read(pdf, ParseLimits.Default, CancellationToken.None, out _).Select(p => new OfdPageSpec(
            p.Frame.DisplayWidth * MmPerPoint, p.Frame.DisplayHeight * MmPerPoint,
            p.Words.Words.Select(w => new OfdText(w.XMin * MmPerPoint, (w.YMax - 0.15 * (w.YMax - w.YMin)) * MmPerPoint,
                (w.YMax - w.YMin) * MmPerPoint, w.Text, (w.XMax - w.XMin) * MmPerPoint)).ToList(),
            p.Words.Rules.Select(r => new OfdLine(r.X1 * MmPerPoint, r.Y1 * MmPerPoint, r.X2 * MmPerPoint, r.Y2 * MmPerPoint)).ToList()))
            .ToList();
        OfdWriter.Write(output, pages, style);
        Console.WriteLine(output);
    }
    catch (Exception ex) when (ex is DocumentParseException or IOException)
    {
        Console.Error.WriteLine($"{pdf}: {ex.Message}");
        failed++;
    }
}
return failed == 0 ? 0 : 1;
