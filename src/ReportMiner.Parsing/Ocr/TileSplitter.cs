namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// Cuts a page into OCR tiles: each table cell alone, and the page outside the tables. Recognising a cell on
/// its own keeps tesseract from threading one text line through neighbouring cells whose baselines differ,
/// which garbles vertically centred labels and wrapped cells.
/// </summary>
public static class TileSplitter
{
    private const byte Ink = 128;

    public static IReadOnlyList<OcrTile> Split(GrayImage page, CellRegions regions, int padding, int minSize)
    {
        if (regions.Count == 0) return [new OcrTile(page, 0, 0)];
        var tiles = new List<OcrTile> { new(Mask(page, regions, (0, 0, page.Width, page.Height), keep: 0), 0, 0) };
        var boxes = regions.Boxes();
        for (var i = 0; i < boxes.Count; i++)
        {
            var box = boxes[i];
            if (box.Right - box.Left < minSize || box.Bottom - box.Top < minSize) continue;
            var cell = Mask(page, regions, box, keep: i + 1);
            if (!HasInk(cell)) continue;
            tiles.Add(new OcrTile(Pad(cell, padding), box.Left - padding, box.Top - padding));
        }
        return tiles;
    }

    /// <summary>The box of the page with every pixel of another region whitened (walls are kept: borders are already erased).</summary>
    private static GrayImage Mask(GrayImage page, CellRegions regions, (int Left, int Top, int Right, int Bottom) box, int keep)
    {
        int right = Math.Min(box.Right, page.Width), bottom = Math.Min(box.Bottom, page.Height);
        var tile = GrayImage.Blank(right - box.Left, bottom - box.Top);
        for (var y = box.Top; y < bottom; y++)
            for (var x = box.Left; x < right; x++)
            {
                var label = regions.LabelAt(x, y);
                if (label == keep || label == -1) tile[x - box.Left, y - box.Top] = page[x, y];
            }
        return tile;
    }

    private static bool HasInk(GrayImage image) => image.Pixels.Count(p => p < Ink) >= 6;

    private static GrayImage Pad(GrayImage image, int padding)
    {
        var padded = GrayImage.Blank(image.Width + (2 * padding), image.Height + (2 * padding));
        for (var y = 0; y < image.Height; y++)
            Array.Copy(image.Pixels, y * image.Width, padded.Pixels, ((y + padding) * padded.Width) + padding, image.Width);
        return padded;
    }
}
