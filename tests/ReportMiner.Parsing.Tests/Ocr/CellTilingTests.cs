using ReportMiner.Parsing.Layout;
using ReportMiner.Parsing.Ocr;

namespace ReportMiner.Parsing.Tests.Ocr;

public sealed class CellTilingTests
{
    // A 2×2 table: rows 50–150–250, columns 50–300–550.
    private static readonly RuleLine[] Grid =
    [
        new(50, 50, 550, 50), new(50, 150, 550, 150), new(50, 250, 550, 250),
        new(50, 50, 50, 250), new(300, 50, 300, 250), new(550, 50, 550, 250),
    ];

    private static void Ink(GrayImage image, int x1, int y1, int x2, int y2)
    {
        for (var y = y1; y < y2; y++)
            for (var x = x1; x < x2; x++) image[x, y] = 0;
    }

    [Fact]
    public void The_cells_enclosed_by_borders_are_separate_regions_and_the_rest_is_outside()
    {
        var regions = CellRegions.Find(600, 400, Grid, scale: 4, reach: 6);

        Assert.Equal(4, regions.Count);
        Assert.Equal(0, regions.LabelAt(10, 10));
        Assert.Equal(0, regions.LabelAt(300, 330));
        var labels = new[] { regions.LabelAt(100, 100), regions.LabelAt(400, 100), regions.LabelAt(100, 200), regions.LabelAt(400, 200) };
        Assert.Equal(4, labels.Distinct().Count());
        Assert.All(labels, l => Assert.InRange(l, 1, 4));
    }

    [Fact]
    public void A_missing_inner_border_makes_one_merged_cell()
    {
        var lines = Grid.Where(l => l != Grid[4]).Append(new RuleLine(300, 150, 300, 250)).ToList(); // only the lower row is split

        var regions = CellRegions.Find(600, 400, lines, scale: 4, reach: 6);

        Assert.Equal(3, regions.Count);
        Assert.Equal(regions.LabelAt(100, 100), regions.LabelAt(400, 100));
    }

    [Fact]
    public void Each_inked_cell_becomes_a_padded_tile_at_its_page_offset_and_blank_cells_are_skipped()
    {
        var page = GrayImage.Blank(600, 400);
        Ink(page, 320, 90, 360, 110);  // text in the top-right cell
        Ink(page, 100, 300, 140, 320); // text below the table
        var regions = CellRegions.Find(600, 400, Grid, scale: 4, reach: 6);

        var tiles = TileSplitter.Split(page, regions, padding: 10, minSize: 16);

        Assert.Equal(2, tiles.Count);
        var outside = tiles[0];
        Assert.Equal((0, 0), (outside.OffsetX, outside.OffsetY));
        Assert.Equal(0, outside.Image[110, 310]);
        Assert.Equal(255, outside.Image[330, 100]);
        var cell = tiles[1];
        Assert.Equal(0, cell.Image[330 - cell.OffsetX, 100 - cell.OffsetY]);
        Assert.InRange(cell.OffsetX, 280, 300);
        Assert.InRange(cell.OffsetY, 30, 50);
    }

    [Fact]
    public void A_line_of_ink_no_recognised_word_covers_is_returned_for_a_second_reading()
    {
        var cell = GrayImage.Blank(200, 120);
        Ink(cell, 10, 10, 150, 40); // first line, recognised
        Ink(cell, 10, 60, 100, 90); // second line, dropped by tesseract
        var recognised = new TsvWord("月度话务", 10, 10, 140, 30, 0.9, 1, 1, 1);

        var bands = MissedLineFinder.Find(new OcrTile(cell, 500, 1000), [recognised], minHeight: 12, padding: 10);

        var band = Assert.Single(bands);
        Assert.Equal(500, band.OffsetX);
        Assert.Equal(0, band.Image[50, 1060 - band.OffsetY]); // page row 1060 is the second line's first row
        Assert.Equal(255, band.Image[50, 2]);
        Assert.InRange(band.Image.Height, 30, 60);
    }
}
