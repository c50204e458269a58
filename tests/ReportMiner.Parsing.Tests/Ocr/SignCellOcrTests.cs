using ReportMiner.Parsing.Ocr;

namespace ReportMiner.Parsing.Tests.Ocr;

/// <summary>The sign column of a target table, drawn as a scan and read by tesseract end to end.</summary>
public sealed class SignCellOcrTests
{
    [Fact]
    public void The_cells_of_a_sign_column_come_back_as_their_signs()
    {
        var page = GlyphDrawing.Blank(800, 320);
        int[] rows = [40, 140, 240], columns = [40, 300, 560, 760];
        foreach (var y in rows) GlyphDrawing.Bar(page, columns[0], y, columns[^1] - columns[0]);
        foreach (var x in columns)
            for (var y = rows[0]; y <= rows[^1]; y++) (page[x, y], page[x + 1, y]) = (0, 0);
        GlyphDrawing.GreaterOrLess(page, 160, 80);
        GlyphDrawing.EqualsSign(page, 420, 86);
        GlyphDrawing.GreaterOrLess(page, 650, 80, opensRight: true);
        GlyphDrawing.GreaterOrLess(page, 160, 180);

        var words = PageImageOcr.Recognize(page, 200, 1, OcrOptions.Default, "synthetic.pdf", TimeSpan.FromSeconds(90), CancellationToken.None)
            .Words;

        string Cell(int row, int column) => string.Concat(words
            .Where(w => (w.XMin + w.XMax) / 2 > columns[column] && (w.XMin + w.XMax) / 2 < columns[column + 1]
                && (w.YMin + w.YMax) / 2 > rows[row] && (w.YMin + w.YMax) / 2 < rows[row + 1])
            .Select(w => w.Text));
        Assert.Equal(["≥", "=", "≤"], [Cell(0, 0), Cell(0, 1), Cell(0, 2)]);
        Assert.Equal("≥", Cell(1, 0));
    }
}
