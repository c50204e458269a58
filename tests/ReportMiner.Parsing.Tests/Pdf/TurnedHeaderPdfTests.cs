namespace ReportMiner.Parsing.Tests.Pdf;

/// <summary>Header cells whose text is turned a quarter turn to fit narrow columns, in PDFs built here.</summary>
public sealed class TurnedHeaderPdfTests
{
    private static readonly string[] Committees = ["Board", "Audit and Risk", "Remuneration"];

    [Fact]
    public void Header_text_turned_to_read_bottom_to_top_is_the_text_of_its_ruled_cell()
    {
        var pdf = new TextPlacedPdf();
        double[] xs = [60, 200, 240, 280, 320];
        double[] ys = [100, 190, 206, 222];
        foreach (var y in ys) pdf.Rule(y, xs[0], xs[^1]);
        foreach (var x in xs) pdf.VerticalRule(x, ys[0], ys[^1]);
        pdf.Left("Director", 64, 176);
        for (var c = 0; c < Committees.Length; c++) pdf.Up(Committees[c], xs[c + 1] + 26, 185);
        pdf.Left("A. Chen", 64, 194).Centre("11/11", 220, 194).Centre("4/5", 260, 194).Centre("3/4", 300, 194);
        pdf.Left("R. Patel", 64, 210).Centre("10/11", 220, 210).Centre("5/5", 260, 210).Centre("-", 300, 210);

        var table = Assert.Single(pdf.Parse().Tables);

        Assert.Equal(["Director", "Board", "Audit and Risk", "Remuneration"], table.RowTexts(0));
        Assert.Equal(["A. Chen", "11/11", "4/5", "3/4"], table.RowTexts(1));
    }
}
