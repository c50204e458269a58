namespace ReportMiner.Parsing.Tests.Pdf;

/// <summary>Tables whose rules frame groups of columns but not their rows, in PDFs built here.</summary>
public sealed class PartlyRuledTableTests
{
    private static readonly string[] Labels = ["Single person", "Two adults", "Single parent", "Other households"];

    [Fact]
    public void Rows_inside_a_frame_ruled_only_between_column_groups_become_rows_of_their_own()
    {
        // Rules above and below the table, under the header, and between the label column and two year groups of
        // two columns: each ruled "cell" of the body holds four rows of figures.
        var pdf = new TextPlacedPdf().Left("Table 4. Households by type", 60, 60);
        pdf.Rule(80, 60, 460).Rule(112, 60, 460).Rule(170, 60, 460).VerticalRule(200, 80, 170).VerticalRule(330, 80, 170);
        pdf.Centre("2019", 265, 84).Centre("2020", 395, 84);
        pdf.Left("Type", 64, 98).Right("Number", 260, 98).Right("Share", 320, 98).Right("Number", 390, 98).Right("Share", 450, 98);
        for (var r = 0; r < Labels.Length; r++)
        {
            var y = 116 + 13 * r;
            pdf.Left(Labels[r], 64, y).Right($"{2 + r} {429 + r}", 260, y).Right($"{26 + r}.4", 320, y)
                .Right($"{1 + r} {77 + r}", 390, y).Right($"{25 + r}.0", 450, y);
        }

        var table = Assert.Single(pdf.Parse().Tables);

        Assert.Equal(["Two adults", "3 430", "27.4", "2 78", "26.0"], table.RowTexts(table.RowCount - 3));
        Assert.Equal(["Other households", "5 432", "29.4", "4 80", "28.0"], table.RowTexts(table.RowCount - 1));
    }

    [Fact]
    public void Words_wrapped_in_the_cells_of_a_ruled_row_stay_in_that_row()
    {
        // A fully ruled two-row table whose second row wraps its words over three lines in each of three cells.
        var pdf = new TextPlacedPdf();
        pdf.Rule(80, 60, 420).Rule(94, 60, 420).Rule(140, 60, 420);
        foreach (var x in new double[] { 60, 180, 300, 420 }) pdf.VerticalRule(x, 80, 140);
        pdf.Left("Target", 64, 83).Left("Result", 184, 83).Left("Reason", 304, 83);
        string[][] cells = [["Answer calls", "within twenty", "seconds"], ["Most calls", "were answered", "in time"], ["Staff were", "trained for", "two weeks"]];
        for (var c = 0; c < cells.Length; c++)
            for (var k = 0; k < 3; k++) pdf.Left(cells[c][k], 64 + 120 * c, 98 + 12 * k);

        var table = Assert.Single(pdf.Parse().Tables);

        Assert.Equal(2, table.RowCount);
        Assert.Equal(["Answer calls within twenty seconds", "Most calls were answered in time", "Staff were trained for two weeks"], table.RowTexts(1));
    }
}
