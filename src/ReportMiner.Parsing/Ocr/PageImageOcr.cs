using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// OCR of one greyscale page image: finds the table borders, erases them, recognises the words and cleans
/// them up. Words and borders share the image's pixel coordinates.
/// </summary>
public static class PageImageOcr
{
    public static PageWords Recognize(GrayImage image, int dpi, int pageNumber, OcrOptions options, string forFile,
        TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var workspace = new OcrWorkspace(options.ScratchRoot);
        var scan = options.DetectRules
            ? RuleLineDetector.Detect(image, RuleDetectionSettings.ForDpi(dpi))
            : new RuleScan([], []);
        var input = workspace.File("page.pgm");
        PgmCodec.Write(scan.Runs.Count > 0 ? RuleEraser.Erase(image, scan) : image, input);
        var words = TesseractRunner.Recognize(input, dpi, options, forFile, timeout, cancellationToken).Words;
        return new PageWords(pageNumber, image.Width, image.Height, ToPositioned(words), scan.Lines, FromOcr: true);
    }

    public static IReadOnlyList<PositionedWord> ToPositioned(IReadOnlyList<TsvWord> words) =>
        CjkWordJoiner.Join(words)
            .Select(w => (Word: w, Text: OcrTextCleaner.Clean(w.Text)))
            .Where(p => p.Text is not null)
            .Select(p => p.Word.ToPositioned() with { Text = p.Text! })
            .ToList();
}
