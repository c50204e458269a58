using ReportMiner.Documents.Building;
using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Tests.Layout;

internal static class LayoutTestSupport
{
    public static Document Lay(params PageWords[] pages)
    {
        var builder = new DocumentBuilder("synthetic.pdf", FileFormat.Pdf);
        DocumentLayout.WriteTo(DocumentLayout.Analyze(pages), builder);
        return builder.Build();
    }
}
