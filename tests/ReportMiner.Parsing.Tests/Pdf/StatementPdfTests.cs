using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Pdf;

/// <summary>
/// Financial statements without rules, in PDFs built here: section headings between rows, group labels over year
/// columns, and totals wider than the amounts above them.
/// </summary>
public sealed class StatementPdfTests
{
    // Rows set this far apart leave a gap of more than one and a half text heights, as statements with
    // generous row spacing do.
    private const double Pitch = 24;

    [Fact]
    public void A_section_heading_between_generously_spaced_rows_stays_a_row_of_the_table()
    {
        var pdf = new TextPlacedPdf().Left("Statement of financial position", 60, 60);
        pdf.Right("Note", 250, 100).Right("2023", 330, 100).Right("2022", 410, 100);
        var y = 100.0;
        foreach (var (heading, labels) in new[] { ("Current assets", new[] { "Inventories", "Receivables", "Cash" }), ("Current liabilities", ["Borrowings", "Payables"]) })
        {
            pdf.Left(heading, 60, y += Pitch);
            for (var r = 0; r < labels.Length; r++)
                pdf.Left(labels[r], 70, y += Pitch).Right($"{r + 4}", 250, y).Right($"{r + 1}1,{200 + r}", 330, y).Right($"{r + 3}2,{400 + r}", 410, y);
        }

        var table = Assert.Single(pdf.Parse().Tables);

        Assert.Equal(["", "Note", "2023", "2022"], table.RowTexts(0));
        Assert.Equal("Current assets", table.RowTexts(1)[0]);
        Assert.Equal(["Receivables", "5", "21,201", "42,401"], table.RowTexts(3));
        Assert.Equal("Current liabilities", table.RowTexts(5)[0]);
        Assert.Equal(["Payables", "5", "21,201", "42,401"], table.RowTexts(7));
    }

    [Fact]
    public void Group_labels_centred_over_their_year_columns_open_the_table()
    {
        // "Group" and "Company" are each centred over two year columns; the years are centred over their
        // right-aligned amounts, so no edge of the lines above lines up with the amounts.
        double[] ends = [250, 320, 400, 470];
        var pdf = new TextPlacedPdf().Left("Statements of financial position", 60, 60);
        pdf.Centre("Group", (ends[0] - 38 + ends[1]) / 2, 100).Centre("Company", (ends[2] - 38 + ends[3]) / 2, 100);
        string[] years = ["2023", "2022", "2023", "2022"];
        for (var c = 0; c < 4; c++) pdf.Centre(years[c], ends[c] - 19, 100 + Pitch);
        string[] labels = ["Inventories", "Receivables", "Cash", "Borrowings"];
        for (var r = 0; r < labels.Length; r++)
        {
            pdf.Left(labels[r], 60, 100 + Pitch * (r + 2));
            for (var c = 0; c < 4; c++) pdf.Right($"{r + 1}{c + 1}{c},{300 + 11 * r + c}", ends[c], 100 + Pitch * (r + 2));
        }

        var table = Assert.Single(pdf.Parse().Tables);

        Assert.Equal(("Group", "Company"), (table.RowTexts(0)[1], table.RowTexts(0)[3]));
        Assert.Equal(["", "2023", "2022", "2023", "2022"], table.RowTexts(1));
        Assert.Equal(["Inventories", "110,300", "121,301", "132,302", "143,303"], table.RowTexts(2));
    }

    [Fact]
    public void Totals_wider_than_the_amounts_stay_in_their_column_when_the_header_starts_where_the_amounts_do()
    {
        // The year is set at the left edge of the widest amounts below it (a centred header can land there), and
        // each section ends in a total wider than its amounts.
        double[] ends = [300, 400];
        var pdf = new TextPlacedPdf().Left("Income statement", 60, 60);
        pdf.Left("2023", ends[0] - TextPlacedPdf.Width("100,000"), 90).Left("2022", ends[1] - TextPlacedPdf.Width("100,000"), 90);
        var y = 90.0;
        for (var s = 0; s < 3; s++)
        {
            pdf.Left($"Item {s + 1}.1", 60, y += 12).Right($"{s + 1}01,100", ends[0], y).Right($"{s + 1}02,200", ends[1], y);
            pdf.Left($"Item {s + 1}.2", 60, y += 12).Right($"{s + 1}1,101", ends[0], y).Right($"{s + 1}2,201", ends[1], y);
            pdf.Left($"Total of part {s + 1}", 60, y += 12).Right($"{s + 1},234,{500 + s}", ends[0], y).Right($"{s + 2},345,{600 + s}", ends[1], y);
        }

        var table = Assert.Single(pdf.Parse().Tables);

        Assert.Equal(3, table.ColumnCount);
        Assert.Equal(["", "2023", "2022"], table.RowTexts(0));
        Assert.Equal(["Item 1.2", "11,101", "12,201"], table.RowTexts(2));
        Assert.Equal(["Total of part 2", "2,234,501", "3,345,601"], table.RowTexts(6));
    }

    [Fact]
    public void A_note_column_with_two_numbers_centred_under_its_header_stays_a_column_of_its_own()
    {
        var pdf = new TextPlacedPdf().Left("Statement of financial position (continued)", 60, 60);
        pdf.Centre("Note", 250, 100).Right("2025", 330, 100).Right("2024", 410, 100);
        string[] labels = ["Trade payables", "Borrowings", "Lease liabilities", "Provisions", "Current tax liabilities", "Total liabilities"];
        for (var r = 0; r < labels.Length; r++)
        {
            var y = 114 + 14 * r;
            pdf.Left(labels[r], 60, y).Right($"{r + 1}1,{200 + r}", 330, y).Right($"{r + 3}2,{400 + r}", 410, y);
            if (r == 2) pdf.Centre("27", 250, y);
            if (r == 4) pdf.Centre("8", 250, y);
        }

        var table = Assert.Single(pdf.Parse().Tables);

        Assert.Equal(["", "Note", "2025", "2024"], table.RowTexts(0));
        Assert.Equal(["Lease liabilities", "27", "31,202", "52,402"], table.RowTexts(3));
        Assert.Equal(["Current tax liabilities", "8", "51,204", "72,404"], table.RowTexts(5));
    }
}
