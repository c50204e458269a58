using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace ReportMiner.Parsing.Pdf;

/// <summary>
/// Makes <see cref="TextPage"/>s (<c>document.AddPageFactory&lt;TextPage, TextPageFactory&gt;()</c>, then
/// <c>GetPage&lt;TextPage&gt;</c>). PdfPig resolves the page tree, resources, boxes and content stream as for its own
/// pages; the fonts it hands out are wrapped in <see cref="AdvanceOnlyFonts"/> so that a glyph's advance is read
/// without running its outline program.
/// </summary>
public sealed class TextPageFactory(IPdfTokenScanner pdfScanner, IResourceStore resourceStore,
    ILookupFilterProvider filterProvider, IPageContentParser pageContentParser, ParsingOptions parsingOptions)
    : BasePageFactory<TextPage>(pdfScanner, new AdvanceOnlyFonts(resourceStore, pdfScanner), filterProvider, pageContentParser, parsingOptions)
{
    protected override TextPage ProcessPage(int pageNumber, DictionaryToken dictionary, NamedDestinations namedDestinations,
        MediaBox mediaBox, CropBox cropBox, UserSpaceUnit userSpaceUnit, PageRotationDegrees rotation,
        TransformationMatrix initialMatrix, IReadOnlyList<IGraphicsStateOperation> operations)
    {
        if (operations is null || operations.Count == 0)
            return new TextPage(pageNumber, dictionary, cropBox, rotation, [], [], []);
        var processor = new TextPageProcessor(pageNumber, ResourceStore, PdfScanner, PageContentParser, FilterProvider,
            cropBox, userSpaceUnit, rotation, initialMatrix, ParsingOptions);
        var (letters, paths) = processor.Process(pageNumber, operations);
        return new TextPage(pageNumber, dictionary, cropBox, rotation, letters, paths, operations);
    }
}
