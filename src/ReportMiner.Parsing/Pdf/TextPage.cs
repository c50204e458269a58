using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Tokens;

namespace ReportMiner.Parsing.Pdf;

/// <summary>
/// What the parser reads of a page: its letters, painted paths and content-stream operations, framed by its crop box
/// and rotation. Built by <see cref="TextPageFactory"/> instead of PdfPig's <c>Page</c>, which also measures every
/// glyph's outline and collects images and marked content that nothing here uses.
/// </summary>
public sealed record TextPage(int Number, DictionaryToken Dictionary, CropBox CropBox, PageRotationDegrees Rotation,
    IReadOnlyList<Letter> Letters, IReadOnlyList<PdfPath> Paths, IReadOnlyList<IGraphicsStateOperation> Operations);
