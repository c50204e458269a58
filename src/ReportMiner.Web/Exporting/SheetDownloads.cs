using Microsoft.AspNetCore.Http;
using ReportMiner.Store.Exporting;

namespace ReportMiner.Web.Exporting;

/// <summary>
/// Downloads through the store's own CSV and XLSX writers. CSV cells that a spreadsheet would run as a formula
/// (starting with = + - @, tab or carriage return) get a leading apostrophe; numbers stay numbers.
/// </summary>
public static class SheetDownloads
{
    public static IResult Csv(Sheet sheet, string fileName)
    {
        var neutral = sheet with { Rows = sheet.Rows.Select(row => row.Select(Neutralize).ToArray()).ToArray() };
        var buffer = new MemoryStream();
        CsvSheet.Write(neutral, buffer);
        return Results.File(buffer.ToArray(), "text/csv; charset=utf-8", fileName);
    }

    public static IResult Xlsx(Sheet sheet, string fileName)
    {
        var path = Path.Combine(Path.GetTempPath(), $"reportminer-{Guid.NewGuid():N}.xlsx");
        try
        {
            XlsxWorkbook.Write([sheet], path);
            return Results.File(File.ReadAllBytes(path), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static object? Neutralize(object? value) =>
        value is string text && text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : value;
}
