using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Util;

namespace ReportMiner.Parsing.Pdf;

/// <summary>
/// Runs a page's content stream for its letters and painted paths, the way PdfPig builds its own pages (same
/// baselines, advances, point sizes, diacritics joined to their letter, /ActualText, paths and their paint), minus what
/// nothing here reads: images, marked-content trees and glyph outlines. A letter's <see cref="Letter.BoundingBox"/> is
/// its advance box, except where the point size is zero: there the words take their height from the glyph, so its
/// outline is measured as PdfPig would.
/// </summary>
internal sealed class TextPageProcessor(int pageNumber, IResourceStore resourceStore, IPdfTokenScanner pdfScanner,
    IPageContentParser pageContentParser, ILookupFilterProvider filterProvider, CropBox cropBox, UserSpaceUnit userSpaceUnit,
    PageRotationDegrees rotation, TransformationMatrix initialMatrix, ParsingOptions parsingOptions)
    : BaseStreamProcessor<(IReadOnlyList<Letter> Letters, IReadOnlyList<PdfPath> Paths)>(pageNumber, resourceStore,
        pdfScanner, pageContentParser, filterProvider, cropBox, userSpaceUnit, rotation, initialMatrix, parsingOptions)
{
    private readonly List<Letter> _letters = [];
    private readonly List<PdfPath> _paths = [];
    private string? _actualText;
    private bool _firstActualTextGlyph;
    private PdfSubpath? _subpath;
    private PdfPath? _path;

    public override (IReadOnlyList<Letter> Letters, IReadOnlyList<PdfPath> Paths) Process(int pageNumberCurrent,
        IReadOnlyList<IGraphicsStateOperation> operations)
    {
        PageNumber = pageNumberCurrent;
        CloneAllStates();
        ProcessOperations(operations);
        return (_letters, _paths);
    }

    public override void RenderGlyph(IFont font, CurrentGraphicsState currentState, double fontSize, double pointSize,
        int code, string unicode, long currentOffset, in TransformationMatrix renderingMatrix,
        in TransformationMatrix textMatrix, in TransformationMatrix transformationMatrix,
        CharacterBoundingBox characterBoundingBox)
    {
        if (_actualText is not null)
        {
            unicode = _firstActualTextGlyph ? _actualText : string.Empty;
            _firstActualTextGlyph = false;
        }
        if (Diacritics.IsInCombiningDiacriticRange(unicode) && currentOffset > 0 && _letters.Count > 0)
        {
            var previous = _letters[^1];
            if (previous.TextSequence == TextSequence
                && Diacritics.TryCombineDiacriticWithPreviousLetter(unicode, previous.Value, out var joined))
            {
                _letters.RemoveAt(_letters.Count - 1);
                _letters.Add(new Letter(joined, previous.BoundingBox, previous.GlyphRectangleLoose, previous.StartBaseLine,
                    previous.EndBaseLine, previous.Width, previous.FontSize, previous.GetFont()!, previous.RenderingMode,
                    previous.StrokeColor, previous.FillColor, previous.PointSize, previous.TextSequence));
                return;
            }
        }
        var advance = PerformantRectangleTransformer.Transform(renderingMatrix, textMatrix, transformationMatrix,
            new PdfRectangle(0, 0, characterBoundingBox.Width, UserSpaceUnit.PointMultiples));
        var box = advance;
        if (pointSize <= 0)
        {
            var glyph = PerformantRectangleTransformer.Transform(renderingMatrix, textMatrix, transformationMatrix,
                AdvanceOnlyFonts.WithOutlines(font).GetBoundingBox(code).GlyphBounds);
            if (glyph.Width > double.Epsilon || glyph.Height > double.Epsilon) box = glyph;
        }
        _letters.Add(new Letter(unicode, box, box, advance.BottomLeft, advance.BottomRight, advance.Width, fontSize,
            AdvanceOnlyFonts.ForLetter(font), currentState.FontState.TextRenderingMode, currentState.CurrentStrokingColor!,
            currentState.CurrentNonStrokingColor!, pointSize, TextSequence));
    }

    protected override void RenderXObjectImage(XObjectContentRecord xObjectContentRecord) { }

    protected override void RenderInlineImage(InlineImage inlineImage) { }

    public override void PaintShading(NameToken shadingName) { }

    public override void BeginMarkedContent(NameToken name, NameToken? propertyDictionaryName, DictionaryToken? properties)
    {
        if (propertyDictionaryName is not null)
            properties = ResourceStore.GetMarkedContentPropertiesDictionary(propertyDictionaryName) ?? properties;
        if (ParsingOptions.UseActualText && properties is not null
            && properties.TryGet<IDataToken<string>>(NameToken.ActualText, PdfScanner, out var text))
        {
            _actualText = text.Data?.Replace("\u00ad", string.Empty);
            _firstActualTextGlyph = true;
        }
        else
        {
            _actualText = null;
        }
    }

    public override void EndMarkedContent() => _actualText = null;

    public override void BeginSubpath()
    {
        _path ??= new PdfPath();
        AddCurrentSubpath();
        _subpath = new PdfSubpath();
    }

    public override PdfPoint? CloseSubpath()
    {
        if (_subpath is null) return null;
        if (_subpath.Commands[0] is not PdfSubpath.Move { Location: var start })
            throw new ArgumentException("CloseSubpath(): first command not Move.");
        _subpath.CloseSubpath();
        AddCurrentSubpath();
        return start;
    }

    private void AddCurrentSubpath()
    {
        if (_subpath is null) return;
        _path!.Add(_subpath);
        _subpath = null;
    }

    public override void StrokePath(bool close)
    {
        if (_path is null) return;
        _path.SetStroked();
        if (close) _subpath?.CloseSubpath();
        ClosePath();
    }

    public override void FillPath(FillingRule fillingRule, bool close)
    {
        if (_path is null) return;
        _path.SetFilled(fillingRule);
        if (close) _subpath?.CloseSubpath();
        ClosePath();
    }

    public override void FillStrokePath(FillingRule fillingRule, bool close)
    {
        if (_path is null) return;
        _path.SetFilled(fillingRule);
        _path.SetStroked();
        if (close) _subpath?.CloseSubpath();
        ClosePath();
    }

    public override void MoveTo(double x, double y)
    {
        BeginSubpath();
        var point = CurrentTransformationMatrix.Transform(new PdfPoint(x, y));
        CurrentPosition = point;
        _subpath!.MoveTo(point.X, point.Y);
    }

    public override void BezierCurveTo(double x2, double y2, double x3, double y3)
    {
        if (_subpath is null) return;
        var control = CurrentTransformationMatrix.Transform(new PdfPoint(x2, y2));
        var end = CurrentTransformationMatrix.Transform(new PdfPoint(x3, y3));
        _subpath.BezierCurveTo(CurrentPosition.X, CurrentPosition.Y, control.X, control.Y, end.X, end.Y);
        CurrentPosition = end;
    }

    public override void BezierCurveTo(double x1, double y1, double x2, double y2, double x3, double y3)
    {
        if (_subpath is null) return;
        var first = CurrentTransformationMatrix.Transform(new PdfPoint(x1, y1));
        var second = CurrentTransformationMatrix.Transform(new PdfPoint(x2, y2));
        var end = CurrentTransformationMatrix.Transform(new PdfPoint(x3, y3));
        _subpath.BezierCurveTo(first.X, first.Y, second.X, second.Y, end.X, end.Y);
        CurrentPosition = end;
    }

    public override void LineTo(double x, double y)
    {
        if (_subpath is null) return;
        var end = CurrentTransformationMatrix.Transform(new PdfPoint(x, y));
        _subpath.LineTo(end.X, end.Y);
        CurrentPosition = end;
    }

    public override void Rectangle(double x, double y, double width, double height)
    {
        BeginSubpath();
        var lowerLeft = CurrentTransformationMatrix.Transform(new PdfPoint(x, y));
        var upperRight = CurrentTransformationMatrix.Transform(new PdfPoint(x + width, y + height));
        _subpath!.Rectangle(lowerLeft.X, lowerLeft.Y, upperRight.X - lowerLeft.X, upperRight.Y - lowerLeft.Y);
        AddCurrentSubpath();
    }

    public override void EndPath()
    {
        if (_path is null) return;
        AddCurrentSubpath();
        // Clipping paths are kept as PdfPig keeps them when it does not clip (PathRules skips them).
        _paths.Add(_path);
        _path = null;
    }

    public override void ClosePath()
    {
        AddCurrentSubpath();
        if (_path!.IsClipping)
        {
            EndPath();
            return;
        }
        var state = GetCurrentState();
        if (_path.IsStroked) _path.SetStrokeDetails(state);
        if (_path.IsFilled) _path.SetFillDetails(state);
        _paths.Add(_path);
        _path = null;
    }

    public override void ModifyClippingIntersect(FillingRule clippingRule)
    {
        if (_path is null) return;
        AddCurrentSubpath();
        _path.SetClipping(clippingRule);
    }

    // Clipping changes what is painted, not what the content stream says; PdfPig without ClipPaths does not apply it either.
    protected override void ClipToRectangle(PdfRectangle rectangle, FillingRule clippingRule) { }
}
