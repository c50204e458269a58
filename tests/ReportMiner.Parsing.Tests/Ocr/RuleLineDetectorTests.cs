using ReportMiner.Parsing.Layout;
using ReportMiner.Parsing.Ocr;

namespace ReportMiner.Parsing.Tests.Ocr;

public sealed class RuleLineDetectorTests
{
    private static readonly RuleDetectionSettings At200Dpi = RuleDetectionSettings.ForDpi(200);

    /// <summary>A 2×2 ruled table (borders 2 px thick, grey like a rescaled scan) plus character-like strokes.</summary>
    private static GrayImage TableImage()
    {
        var image = GrayImage.Blank(600, 400);
        foreach (var y in new[] { 50, 150, 250 }) Fill(image, 50, y, 551, y + 2, 150);
        foreach (var x in new[] { 50, 300, 550 }) Fill(image, x, 50, x + 2, 252, 150);
        Fill(image, 200, 150, 202, 152, 255); // a 2 px break in the middle border
        Fill(image, 100, 90, 103, 120, 0);    // a vertical character stroke inside a cell
        Fill(image, 100, 100, 130, 103, 0);   // a horizontal character stroke
        Fill(image, 400, 300, 403, 360, 0);   // a longer stroke below the table that touches no border
        for (var x = 60; x < 290; x += 12) Fill(image, x, 200, x + 8, 203, 0); // a dotted row of text
        return image;
    }

    private static void Fill(GrayImage image, int x1, int y1, int x2, int y2, byte value)
    {
        for (var y = y1; y < y2; y++)
            for (var x = x1; x < x2; x++) image[x, y] = value;
    }

    [Fact]
    public void The_borders_of_a_ruled_table_are_found_at_their_positions()
    {
        var lines = RuleLineDetector.Detect(TableImage(), At200Dpi).Lines;

        var horizontals = lines.Where(l => l.IsHorizontal).OrderBy(l => l.Y1).ToList();
        var verticals = lines.Where(l => !l.IsHorizontal).OrderBy(l => l.X1).ToList();
        Assert.Equal([50.5, 150.5, 250.5], horizontals.Select(l => l.Y1));
        Assert.All(horizontals, h => Assert.InRange(h.X1, 49, 51));
        Assert.All(horizontals, h => Assert.InRange(h.X2, 549, 552));
        Assert.Equal([50.5, 300.5, 550.5], verticals.Select(l => l.X1));
        Assert.All(verticals, v => Assert.InRange(v.Y2 - v.Y1, 195, 205));
    }

    [Fact]
    public void Character_strokes_and_dotted_text_are_not_borders()
    {
        var lines = RuleLineDetector.Detect(TableImage(), At200Dpi).Lines;

        Assert.Equal(6, lines.Count);
        Assert.DoesNotContain(lines, l => l.Y1 is > 190 and < 210 && l.IsHorizontal);
        Assert.DoesNotContain(lines, l => !l.IsHorizontal && l.X1 is > 90 and < 110 or > 390 and < 410);
    }

    [Fact]
    public void Short_border_segments_of_one_row_count_when_they_meet_a_horizontal_border()
    {
        var image = TableImage();
        Fill(image, 420, 150, 422, 200, 150); // half-row divider hanging from the middle border

        var lines = RuleLineDetector.Detect(image, At200Dpi).Lines;

        Assert.Contains(lines, l => !l.IsHorizontal && Math.Abs(l.X1 - 420.5) < 1 && l.Y2 - l.Y1 >= 45);
    }

    [Fact]
    public void Erasing_the_borders_whitens_them_and_keeps_the_characters()
    {
        var image = TableImage();
        var clean = RuleEraser.Erase(image, RuleLineDetector.Detect(image, At200Dpi));

        Assert.Equal(255, clean[200, 51]);
        Assert.Equal(255, clean[300, 100]);
        Assert.Equal(0, clean[101, 110]);
        Assert.Equal(0, clean[401, 330]);
        Assert.Equal(150, image[200, 51]);
    }

    [Fact]
    public void A_page_without_borders_yields_no_lines() =>
        Assert.Empty(RuleLineDetector.Detect(GrayImage.Blank(300, 300), At200Dpi).Lines);

    [Fact]
    public void Images_round_trip_through_pgm()
    {
        using var temp = new TestSupport.TempDirectory();
        var image = TableImage();
        PgmCodec.Write(image, temp.File("t.pgm"));

        var read = PgmCodec.Read(temp.File("t.pgm"));

        Assert.Equal((image.Width, image.Height), (read.Width, read.Height));
        Assert.Equal(image.Pixels, read.Pixels);
    }

}
