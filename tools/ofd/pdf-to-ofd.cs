#:project ../../src/ReportMiner.Parsing/ReportMiner.Parsing.csproj
#:project ../../tests/ReportMiner.TestSupport/ReportMiner.TestSupport.csproj
#:property PublishAot=false
// Renders text PDFs as OFD (the words and ruling lines ReportMiner reads from each PDF page, written the way OFD
// producers write them), so the OFD reader can be measured on the same documents as the PDF reader:
//   dotnet run tools/ofd/pdf-to-ofd.cs -- [--style run|char|ctm] OUT_DIR FILE.pdf...
// Each FILE.pdf becomes OUT_DIR/FILE.ofd.
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Pdf;
using ReportMiner.TestSupport.Ofd;

const double MmPerPoint = 25.4 / 72;
var style = OfdTextStyle.RunPerObject;
var rest = args.ToList();
if (rest.Count > 1 && rest[0] == "--style")
{
    style = rest[1] switch { "char" => OfdTextStyle.CharacterPerObject, "ctm" => OfdTextStyle.ScaledByCtm, _ => OfdTextStyle.RunPerObject };
    rest.RemoveRange(0, 2);
}
if (rest.Count < 2)
{
    Console.Error.WriteLine("usage: dotnet run tools/ofd/pdf-to-ofd.cs -- [--style run|char|ctm] OUT_DIR FILE.pdf...");
    return 2;
}
Directory.CreateDirectory(rest[0]);
var failed = 0;
foreach (var pdf in rest.Skip(1))
{
    try
    {
        var pages = PdfPigPages.Read(pdf, ParseLimits.Default, CancellationToken.None, out _).Select(p => new OfdPageSpec(
            p.Frame.DisplayWidth * MmPerPoint, p.Frame.DisplayHeight * MmPerPoint,
            p.Words.Words.Select(w => new OfdText(w.XMin * MmPerPoint, (w.YMax - 0.15 * (w.YMax - w.YMin)) * MmPerPoint,
                (w.YMax - w.YMin) * MmPerPoint, w.Text, (w.XMax - w.XMin) * MmPerPoint)).ToList(),
            p.Words.Rules.Select(r => new OfdLine(r.X1 * MmPerPoint, r.Y1 * MmPerPoint, r.X2 * MmPerPoint, r.Y2 * MmPerPoint)).ToList()))
            .ToList();
        var output = Path.Combine(rest[0], Path.GetFileNameWithoutExtension(pdf) + ".ofd");
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
