using System.Globalization;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Pdf;

/// <summary>Header rows of tables without a full grid (wrapped, grouped, between three-line rules), in PDFs built here.</summary>
public sealed class TableHeaderPdfTests
{
    private static readonly double[] Ends = [210, 280, 350, 420];
    private static readonly string[] Labels = ["Hotline operations", "Staff training", "Knowledge base", "Voice menu"];

    // Body rows under a header that ends at y: a label at x 60, right-aligned numbers under each header.
    private static TextPlacedPdf Body(TextPlacedPdf pdf, double y, int columns)
    {
        for (var r = 0; r < Labels.Length; r++)
        {
            pdf.Left(Labels[r], 60, y + 14 * r);
            for (var c = 0; c < columns; c++) pdf.Right($"{r + 1}{c},{100 + 37 * c + r}", Ends[c], y + 14 * r);
        }
        return pdf;
    }

    [Fact]
    public void A_header_bottom_aligned_over_three_lines_is_one_header_row()
    {
        // Each header sits on the bottom line of the header row; the longest starts two lines higher, alone on its
        // line, so the table's first line with wide gaps is its second.
        string[][] heads = [["Calls", "answered", "per day"], ["Actual", "spending"], ["Share", "(%)"], ["Budget", "allocated", "(thousand)"]];
        var pdf = new TextPlacedPdf().Left("Table 3. Programme spending", 60, 60);
        for (var c = 0; c < heads.Length; c++)
            for (var k = 0; k < heads[c].Length; k++) pdf.Right(heads[c][k], Ends[c], 100 + 11 * (3 - heads[c].Length + k));
        pdf.Left("Programme", 60, 122);

        var table = Assert.Single(Body(pdf, 136, 4).Parse().Tables);

        Assert.Equal(5, table.RowCount);
        Assert.Equal(["Programme", "Calls answered per day", "Actual spending", "Share (%)", "Budget allocated (thousand)"], table.RowTexts(0));
        Assert.Equal(["Staff training", "20,101", "21,138", "22,175", "23,212"], table.RowTexts(2));
    }

    [Fact]
    public void A_header_top_aligned_over_two_lines_is_one_header_row()
    {
        string[][] heads = [["Execution", "rate (%)"], ["Actual", "spending"], ["Number of", "staff"]];
        var pdf = new TextPlacedPdf().Left("Spending", 60, 100).Left("programme", 60, 111);
        for (var c = 0; c < heads.Length; c++)
            for (var k = 0; k < heads[c].Length; k++) pdf.Centre(heads[c][k], Ends[c] - 20, 100 + 11 * k);

        var table = Assert.Single(Body(pdf, 126, 3).Parse().Tables);

        Assert.Equal(5, table.RowCount);
        Assert.Equal(["Spending programme", "Execution rate (%)", "Actual spending", "Number of staff"], table.RowTexts(0));
    }

    [Fact]
    public void A_stub_header_centred_beside_sub_headers_stays_a_header_row_of_its_own()
    {
        // "Programme" and "Total" are centred on the two header rows; the sub-headers of the second row fill the
        // other columns. Their lines share no column, so they are two header rows, not one wrapped row.
        var pdf = new TextPlacedPdf().Left("Programme", 60, 100).Right("Total", Ends[3], 100);
        string[] subs = ["2022", "2023", "Share"];
        for (var c = 0; c < 3; c++) pdf.Right(subs[c], Ends[c], 109);

        var table = Assert.Single(Body(pdf, 126, 4).Parse().Tables);

        Assert.DoesNotContain(table.Cells, c => c.Text.Contains("Programme") && c.Text.Contains("2022"));
        Assert.Equal("2022", table.Cells.Single(c => c.Text.StartsWith("2022")).Text);
    }

    [Fact]
    public void Group_labels_over_repeated_sub_headers_at_the_top_of_every_page_are_a_header_row_of_their_own()
    {
        // On each page the table opens the page: "Target" and "Actual" each label two sub-columns (Year, Quarter),
        // and "Indicator" and "Score" are centred beside both header lines. The group-label line recurs at the same
        // place on every page, as a running head would, but it is set right on the lines below it.
        var pdf = new TextPlacedPdf();
        for (var page = 0; page < 3; page++)
        {
            if (page > 0) pdf.NextPage();
            pdf.Left("Target", Ends[0] - 40, 50).Left("Actual", Ends[2] - 40, 50);
            pdf.Left("Indicator", 60, 56).Left("Score", Ends[3] + 30, 56);
            string[] subs = ["Year", "Quarter", "Year", "Quarter"];
            for (var c = 0; c < 4; c++) pdf.Left(subs[c], Ends[c] - 40, 62);
            for (var r = 0; r < Labels.Length; r++)
            {
                pdf.Left(Labels[r], 60, 80 + 14 * r).Right($"{r + 5}", Ends[3] + 50, 80 + 14 * r);
                for (var c = 0; c < 4; c++) pdf.Right($"{90 + r + c}.5%", Ends[c], 80 + 14 * r);
            }
        }

        var tables = pdf.Parse().Tables;

        Assert.NotEmpty(tables);
        var table = tables.First();
        Assert.Equal(["Indicator", "Target", "", "Actual", "", "Score"], table.RowTexts(0));
        Assert.Equal(["Year", "Quarter", "Year", "Quarter"], table.RowTexts(1).Skip(1).Take(4));
    }

    [Fact]
    public void The_header_of_a_three_line_table_opening_every_page_is_kept()
    {
        // 三线表: a rule above the header, one under it and one under the last row. The header line recurs at the
        // top of every page like a running head, but it sits between two rules.
        var pdf = new TextPlacedPdf();
        for (var page = 0; page < 3; page++)
        {
            if (page > 0) pdf.NextPage();
            pdf.Rule(46, 56, 290).Left("Indicator", 60, 50).Right("Target Actual", Ends[1], 50).Rule(62, 56, 290);
            for (var r = 0; r < Labels.Length; r++)
                pdf.Left(Labels[r], 60, 70 + 14 * r).Right($"{90 + r}.5%", Ends[0], 70 + 14 * r).Right($"{80 + r}.2%", Ends[1], 70 + 14 * r);
            pdf.Rule(70 + 14 * Labels.Length, 56, 290);
        }

        var table = pdf.Parse().Tables.First();

        Assert.Equal("Indicator", table.RowTexts(0)[0]);
        Assert.Equal(["Hotline operations", "90.5%", "80.2%"], table.RowTexts(1));
    }

    [Fact]
    public void A_header_left_aligned_over_right_aligned_numbers_and_wrapped_over_three_lines_names_one_column_under_its_title()
    {
        // Word's default: every cell's text starts at its left edge, numbers set right. The three header lines
        // start at the same x, as a column of their own would; the numbers end inside the same cell.
        string[][] heads = [["Cases", "closed on", "first call"], ["Calls", "answered", "in time"], ["Total", "calls", "received"]];
        // The table's title is set right on its header line, over the first column alone.
        var pdf = new TextPlacedPdf().Left("Table 1. Calls", 60, 89).Left("Service", 60, 100);
        for (var c = 0; c < heads.Length; c++)
            for (var k = 0; k < 3; k++) pdf.Left(heads[c][k], 180 + 80 * c, 100 + 11 * k);
        for (var r = 0; r < Labels.Length; r++)
        {
            pdf.Left(Labels[r], 60, 136 + 14 * r);
            for (var c = 0; c < heads.Length; c++) pdf.Right(((r + 1) * (r + 1) * 997 * (c + 1)).ToString("N0", CultureInfo.InvariantCulture), 252 + 80 * c, 136 + 14 * r);
        }

        var table = Assert.Single(pdf.Parse().Tables);

        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(["Service", "Cases closed on first call", "Calls answered in time", "Total calls received"], table.RowTexts(0));
        Assert.Equal(["Staff training", "3,988", "7,976", "11,964"], table.RowTexts(2));
    }
}
