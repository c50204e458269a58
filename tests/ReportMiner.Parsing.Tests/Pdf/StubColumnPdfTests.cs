using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Pdf;

/// <summary>Row labels of tables without rules set tightly beside their figures, in PDFs built here.</summary>
public sealed class StubColumnPdfTests
{
    private static readonly double[] Ends = [240, 300, 360];

    [Fact]
    public void Tightly_set_rows_whose_labels_fill_the_stub_column_stay_rows_of_their_own()
    {
        // Every label reaches the stub column's right edge and every figure ends at its column's edge, as wrapped
        // text would; but a figure does not wrap onto the figure below it.
        string[] labels = ["Hotline call answering", "Regional call centres.", "Staffed service desks.", "Knowledge base entries"];
        var pdf = new TextPlacedPdf().Left("Service", 60, 100);
        for (var c = 0; c < Ends.Length; c++) pdf.Right($"Year {2021 + c}", Ends[c], 100);
        for (var r = 0; r < labels.Length; r++)
        {
            pdf.Left(labels[r], 60, 112 + 10 * r);
            for (var c = 0; c < Ends.Length; c++) pdf.Right($"{r + 1}{c},{345 + 7 * r}.{10 + c}", Ends[c], 112 + 10 * r);
        }

        var table = Assert.Single(pdf.Parse().Tables);

        Assert.Equal(5, table.RowCount);
        Assert.Equal(["Regional call centres.", "20,352.10", "21,352.11", "22,352.12"], table.RowTexts(2));
    }

    [Fact]
    public void A_header_centred_over_an_indented_stub_column_keeps_the_stub_one_column()
    {
        // Group labels at x 60, the labels under them indented to x 70, and the stub's header centred over both.
        (string Label, double X)[] stub =
        [
            ("Basic costs", 60), ("Staff", 70), ("Running", 70),
            ("Projects", 60), ("Hotline", 70), ("Outreach", 70), ("Total", 60),
        ];
        var pdf = new TextPlacedPdf().Centre("Item", 90, 100);
        for (var c = 0; c < Ends.Length; c++) pdf.Right($"Year {2021 + c}", Ends[c], 100);
        for (var r = 0; r < stub.Length; r++)
        {
            pdf.Left(stub[r].Label, stub[r].X, 114 + 14 * r);
            for (var c = 0; c < Ends.Length; c++) pdf.Right($"{r + 1}{c}.{10 + c}", Ends[c], 114 + 14 * r);
        }

        var table = Assert.Single(pdf.Parse().Tables);

        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(["Item", "Year 2021", "Year 2022", "Year 2023"], table.RowTexts(0));
        Assert.Equal(["Staff", "20.10", "21.11", "22.12"], table.RowTexts(2));
    }

    [Fact]
    public void A_label_wrapped_above_its_figures_joins_their_row_when_its_lines_are_closer_than_the_rows()
    {
        // Wrapped label lines are 10 pt apart, rows of figures 12 pt; the first line of a wrapped label is as wide
        // as the stub gets, or too narrow to take the next line's first word.
        (string First, string? Second)[] labels =
        [
            ("Road safety", null), ("Support for small and", "medium firms"), ("Flood defences", null),
            ("Bus lanes", null), ("Digital skills for", "the unemployed"),
        ];
        var pdf = new TextPlacedPdf();
        var y = 114.0;
        for (var r = 0; r < labels.Length; r++)
        {
            pdf.Left(labels[r].First, 60, y);
            if (labels[r].Second is { } second) pdf.Left(second, 60, y += 10);
            for (var c = 0; c < Ends.Length; c++) pdf.Right($"{r + 1}{c} {345 + 7 * r}", Ends[c] + 20, y);
            y += 12;
        }

        var table = Assert.Single(pdf.Parse().Tables);

        Assert.Equal(5, table.RowCount);
        Assert.Equal(["Support for small and medium firms", "20 352", "21 352", "22 352"], table.RowTexts(1));
        Assert.Equal(["Digital skills for the unemployed", "50 373", "51 373", "52 373"], table.RowTexts(4));
    }
}
