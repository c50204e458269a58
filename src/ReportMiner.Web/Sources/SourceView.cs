using System.Globalization;
using System.Text.RegularExpressions;
using ReportMiner.Documents.Model;
using ReportMiner.Store.Text;

namespace ReportMiner.Web.Sources;

public sealed record SourceCell(int Row, int Column, int RowSpan, int ColumnSpan, string Text, int Page);

public sealed record SourceTable(int Index, int RowCount, int ColumnCount, string? Caption, IReadOnlyList<SourceCell> Cells);

/// <summary>Where a value came from, as the page shows it: the table (or the page's paragraphs) with the value's cell marked.</summary>
public sealed record SourceView(
    string File, string Format, int Page, int? Table, int? Row, SourceTable? SourceTable, int? HighlightRow, int? HighlightColumn,
    IReadOnlyList<string> Paragraphs, int? HighlightParagraph, string? PageImage, string? Note)
{
    /// <summary>The marked cell (or row) on <see cref="PageImage"/>, when the parser knew where it is drawn.</summary>
    public ImageBox? HighlightBox { get; init; }
}

/// <summary>A rectangle on a page image, in the image's pixels from its top-left corner.</summary>
public sealed record ImageBox(double Left, double Top, double Width, double Height)
{
    /// <summary>A cell box (PDF points, top-left origin of the displayed page) on an image rendered at <paramref name="dpi"/>.</summary>
    public static ImageBox Of(CellBox box, int dpi)
    {
        var scale = dpi / 72.0;
        return new ImageBox(Math.Round(box.X0 * scale, 1), Math.Round(box.Y0 * scale, 1),
            Math.Round((box.X1 - box.X0) * scale, 1), Math.Round((box.Y1 - box.Y0) * scale, 1));
    }
}

/// <summary>Finds a value's table row in the document model and the cell in that row that holds the value.</summary>
public static partial class SourceLocator
{
    private const int MaxParagraphs = 300;

    public static SourceView Locate(Document document, string sha256, string format, int page, int? table, int? row, string? text, double? number)
    {
        var isPdf = format is "pdf" or "scanned-pdf";
        string? Image(int p) => isPdf ? $"/documents/{sha256}/pages/{p.ToString(CultureInfo.InvariantCulture)}.png" : null;
        var file = Path.GetFileName(document.Path);
        var found = table is null ? null : document.Tables.FirstOrDefault(t => t.Index == table);
        if (found is not null)
        {
            var cell = row is null ? null : CellFor(found, row.Value, text, number);
            var cells = found.Cells.Select(c => new SourceCell(c.Row, c.Column, c.RowSpan, c.ColumnSpan, c.Text, c.Provenance.Page)).ToArray();
            var box = isPdf ? Outline(found, cell, row) : null;
            var shownPage = box?.Page ?? cell?.Provenance.Page ?? (row is null ? null : found.Cells.FirstOrDefault(c => c.Row == row)?.Provenance.Page) ?? page;
            return new SourceView(file, format, shownPage, table, row, new SourceTable(found.Index, found.RowCount, found.ColumnCount, found.Caption, cells),
                row, cell?.Column, [], null, Image(shownPage),
                row is not null && cell is null ? "单元格未能确定，整行已标出 The cell could not be told apart; its row is marked." : null)
            {
                HighlightBox = box is null ? null : ImageBox.Of(box, PageImages.Dpi),
            };
        }
        var paragraphs = document.Paragraphs.Where(p => p.Page == page).Take(MaxParagraphs).Select(p => p.Text).ToArray();
        var needle = Squeeze(text);
        int? mark = needle.Length == 0 ? null : Array.FindIndex(paragraphs, p => Squeeze(p).Contains(needle, StringComparison.Ordinal)) is var i and >= 0 ? i : null;
        return new SourceView(file, format, page, table, row, null, null, null, paragraphs, mark, Image(page),
            table is null ? null : $"表 {table} 不在重新解析的文档中 Table {table} is not in the re-parsed document.");
    }

    /// <summary>The box of the marked cell, or of the marked row's cells on one page when the cell is not known.</summary>
    private static CellBox? Outline(Table table, TableCell? cell, int? row)
    {
        if (cell is not null) return cell.Box;
        if (row is null) return null;
        var boxes = table.Cells.Where(c => c.Row <= row && row < c.Row + c.RowSpan).Select(c => c.Box).OfType<CellBox>().ToArray();
        if (boxes.Length == 0) return null;
        var page = boxes[0].Page;
        var same = boxes.Where(b => b.Page == page).ToArray();
        return new CellBox(page, same.Min(b => b.X0), same.Min(b => b.Y0), same.Max(b => b.X1), same.Max(b => b.Y1));
    }

    /// <summary>The cell of the row that holds the value: same text, then containing it, then the same number (万元 or 元).</summary>
    public static TableCell? CellFor(Table table, int row, string? text, double? number)
    {
        var cells = Enumerable.Range(0, table.ColumnCount).Select(c => table.CellAt(row, c)).OfType<TableCell>().Distinct().ToArray();
        var needle = Squeeze(text);
        if (needle.Length > 0)
        {
            var exact = cells.FirstOrDefault(c => Squeeze(c.Text) == needle);
            if (exact is not null) return exact;
            var containing = cells.Where(c => Squeeze(c.Text).Contains(needle, StringComparison.Ordinal)).OrderBy(c => c.Text.Length).FirstOrDefault();
            if (containing is not null) return containing;
        }
        if (number is { } value)
            return cells.FirstOrDefault(c => Numbers(c.Text).Any(n => Near(n, value) || Near(n, value * 10000) || Near(n, value / 10000)));
        return null;
    }

    private static bool Near(double a, double b) => Math.Abs(a - b) <= Math.Max(0.005, Math.Abs(b) * 1e-9);

    private static IEnumerable<double> Numbers(string text) =>
        NumberPattern().Matches(ScriptFolding.Fold(text).Replace(",", "", StringComparison.Ordinal))
            .Select(m => double.TryParse(m.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : double.NaN)
            .Where(n => !double.IsNaN(n));

    private static string Squeeze(string? text) => ScriptFolding.Fold(text);

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex NumberPattern();
}
