using Microsoft.AspNetCore.Http;
using ReportMiner.Store.Exporting;

namespace ReportMiner.Web.Exporting;

/// <summary>
/// Downloads through the store's own CSV and XLSX writers. Rows are written as the store reads them into a temporary
/// file that is sent and then deleted, so a download of any size holds one row in memory. CSV cells that a
/// spreadsheet would run as a formula (starting with = + - @, tab or carriage return) get a leading apostrophe;
/// numbers stay numbers.
/// </summary>
public static class SheetDownloads
{
    public static IResult Csv(IReadOnlyList<string> columns, IEnumerable<object?[]> rows, string fileName) =>
        Send(stream => CsvSheet.Write(columns, rows.Select(row => row.Select(Neutralize).ToArray()), stream), "text/csv; charset=utf-8", fileName);

    public static IResult Xlsx(string sheetName, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, string fileName) =>
        Send(stream => XlsxWorkbook.Write(sheetName, columns, rows, stream), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName);

    public static object? Neutralize(object? value) =>
        value is string text && text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : value;

    private static IResult Send(Action<Stream> write, string contentType, string fileName)
    {
        // Deleted when the response has sent it and disposes the stream (or here, when writing fails).
        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"reportminer-{Guid.NewGuid():N}.download"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        try
        {
            write(file);
            file.Position = 0;
            return Results.File(file, contentType, fileName);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }
}
