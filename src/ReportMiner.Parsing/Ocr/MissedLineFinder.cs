namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// Tesseract sometimes returns only the first line of a two-line cell ("月度话务" of "月度话务/接通率").
/// Finds the horizontal bands of a tile that hold ink but no recognised word, so they can be read again alone.
/// </summary>
public static class MissedLineFinder
{
    private const byte Ink = 128;

    public static IReadOnlyList<OcrTile> Find(OcrTile tile, IEnumerable<TsvWord> wordsInTile, int minHeight, int padding)
    {
        var image = tile.Image;
        var covered = new bool[image.Height];
        foreach (var w in wordsInTile)
            for (var y = Math.Max(0, w.Top - 2); y < Math.Min(image.Height, w.Bottom + 2); y++) covered[y] = true;
        var bands = new List<OcrTile>();
        var start = -1;
        for (var y = 0; y <= image.Height; y++)
        {
            var open = y < image.Height && !covered[y] && RowHasInk(image, y);
            if (open && start < 0) start = y;
            if (open || start < 0) continue;
            if (y - start >= minHeight) bands.Add(Crop(tile, start, y, padding));
            start = -1;
        }
        return bands;
    }

    private static bool RowHasInk(GrayImage image, int y)
    {
        for (var x = 0; x < image.Width; x++)
            if (image[x, y] < Ink) return true;
        return false;
    }

    private static OcrTile Crop(OcrTile tile, int top, int bottom, int padding)
    {
        // Keep the faint anti-aliased rows above and below the ink: tesseract misreads a band cut tight to it.
        var margin = Math.Max(2, padding / 2);
        top = Math.Max(0, top - margin);
        bottom = Math.Min(tile.Image.Height, bottom + margin);
        var height = bottom - top;
        var band = GrayImage.Blank(tile.Image.Width, height + (2 * padding));
        Array.Copy(tile.Image.Pixels, top * tile.Image.Width, band.Pixels, padding * band.Width, height * band.Width);
        return new OcrTile(band, tile.OffsetX, tile.OffsetY + top - padding);
    }
}
