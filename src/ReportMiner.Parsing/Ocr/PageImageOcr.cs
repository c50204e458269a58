using System.Globalization;
using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// OCR of one greyscale page image: finds the table borders, erases them, recognises each cell and the rest
/// of the page in one tesseract run, and cleans the words up. Words and borders share the image's pixels.
/// </summary>
public static class PageImageOcr
{
    // Tile numbers of the second and third tesseract runs start here, so every word's tile stays distinct.
    private const int RetryBatch = 100_000;
    private const int RereadBatch = 200_000;

    public static PageWords Recognize(GrayImage image, int dpi, int pageNumber, OcrOptions options, string forFile,
        TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var workspace = new OcrWorkspace(options.ScratchRoot);
        var scan = options.DetectRules
            ? RuleLineDetector.Detect(image, RuleDetectionSettings.ForDpi(dpi))
            : new RuleScan([], []);
        var clean = scan.Runs.Count > 0 ? RuleEraser.Erase(image, scan) : image;
        var tiles = options.OcrCellsSeparately && scan.Lines.Count > 0
            ? TileSplitter.Split(clean, CellRegions.Find(clean.Width, clean.Height, scan.Lines, Math.Max(2, dpi / 50), dpi / 30),
                padding: dpi / 20, minSize: dpi / 12)
            : [new OcrTile(clean, 0, 0)];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var found = Run(tiles, workspace, "a", dpi, options, forFile, timeout, cancellationToken);
        var retry = tiles.Skip(1)
            .SelectMany((t, i) => MissedLineFinder.Find(t, found.Where(w => w.Tile == i + 1).Select(w => w.Word),
                minHeight: dpi / 16, padding: dpi / 20))
            .ToList();
        if (retry.Count > 0)
            // A band of ink is one text line; tesseract's own line finding is what dropped it, so read it raw (psm 13).
            found.AddRange(Run(retry, workspace, "b", dpi, options with { PageSegmentationMode = 13 }, forFile,
                timeout - clock.Elapsed, cancellationToken));
        found = RereadLatinLines(found, tiles, retry, workspace, dpi, options, forFile, timeout - clock.Elapsed, cancellationToken);
        var words = found.Select(f => f.Word with { Page = f.Tile, Left = f.Word.Left + f.Offset.X, Top = f.Word.Top + f.Offset.Y })
            .ToList();
        return new PageWords(pageNumber, image.Width, image.Height, ToPositioned(words, scan.Lines), scan.Lines, FromOcr: true);
    }

    public static IReadOnlyList<PositionedWord> ToPositioned(IReadOnlyList<TsvWord> words, IReadOnlyList<RuleLine> rules) =>
        CjkWordJoiner.Join(ComparisonSignRepair.Repair(words), rules)
            .Select(w => (Word: w, Text: OcrTextCleaner.Clean(w.Text)))
            .Where(p => p.Text is not null)
            .Select(p => p.Word.ToPositioned() with { Text = p.Text! })
            .ToList();

    /// <summary>
    /// Reads the lines holding a Latin letter again with the first language model alone (see
    /// <see cref="LatinMisreadLines"/>) and keeps whichever reading of each line reads as more Chinese.
    /// </summary>
    private static List<(TsvWord Word, int Tile, (int X, int Y) Offset)> RereadLatinLines(
        List<(TsvWord Word, int Tile, (int X, int Y) Offset)> found, IReadOnlyList<OcrTile> tiles, IReadOnlyList<OcrTile> retry,
        OcrWorkspace workspace, int dpi, OcrOptions options, string forFile, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var primary = options.Languages.Split('+')[0];
        if (primary == options.Languages) return found;
        OcrTile TileOf(int index) => index >= RetryBatch ? retry[index - RetryBatch] : tiles[index];
        var suspects = found.GroupBy(f => f.Tile)
            .SelectMany(g => LatinMisreadLines.Find(TileOf(g.Key), g.Select(f => f.Word), reachX: dpi / 8, reachY: dpi / 50, padding: dpi / 20)
                .Select(band => (Tile: g.Key, band.Line, band.Band)))
            .ToList();
        if (suspects.Count == 0) return found;
        var reread = Run(suspects.Select(s => s.Band).ToList(), workspace, "c", dpi,
                options with { Languages = primary, PageSegmentationMode = 7 }, forFile, timeout, cancellationToken)
            .GroupBy(w => w.Tile - RereadBatch)
            .ToDictionary(g => g.Key, g => g.ToList());
        var result = found;
        for (var i = 0; i < suspects.Count; i++)
        {
            var second = reread.GetValueOrDefault(i) ?? [];
            if (!LatinMisreadLines.RereadWins(suspects[i].Line.Select(w => w.Text), second.Select(w => w.Word.Text))) continue;
            var line = suspects[i].Line.ToHashSet();
            var tile = suspects[i].Tile;
            result = result.Where(f => f.Tile != tile || !line.Contains(f.Word)).Concat(second).ToList();
        }
        return result;
    }

    /// <summary>Recognises the tiles in one tesseract run; each word keeps its tile-relative box, tile and offset.</summary>
    private static List<(TsvWord Word, int Tile, (int X, int Y) Offset)> Run(IReadOnlyList<OcrTile> tiles, OcrWorkspace workspace,
        string batch, int dpi, OcrOptions options, string forFile, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (timeout <= TimeSpan.Zero)
            throw new Abstractions.DocumentParseException(Abstractions.ParseErrorKind.Timeout, forFile,
                "OCR ran out of time.", "Raise ParseLimits.OcrPageTimeout.");
        var paths = tiles.Select((_, i) => workspace.File($"{batch}{i.ToString(CultureInfo.InvariantCulture)}.pgm")).ToList();
        for (var i = 0; i < tiles.Count; i++) PgmCodec.Write(tiles[i].Image, paths[i]);
        var input = paths[0];
        if (tiles.Count > 1)
        {
            // One tesseract run over a list of images loads the language models once for all tiles.
            input = workspace.File(batch + ".txt");
            File.WriteAllLines(input, paths);
        }
        var offset = batch switch { "a" => 0, "b" => RetryBatch, _ => RereadBatch };
        return TesseractRunner.Recognize(input, dpi, options, forFile, timeout, cancellationToken).Words
            .Select(w =>
            {
                var index = Math.Clamp(w.Page - 1, 0, tiles.Count - 1);
                return (w, index + offset, (tiles[index].OffsetX, tiles[index].OffsetY));
            })
            .ToList();
    }
}
