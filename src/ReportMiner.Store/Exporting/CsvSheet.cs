using System.Globalization;
using CsvHelper;

namespace ReportMiner.Store.Exporting;

/// <summary>
/// Writes a sheet as RFC 4180 CSV in UTF-8 with a BOM, so spreadsheet programs read the Chinese text; text cells
/// are made inert (<see cref="InertText"/>).
/// </summary>
public static class CsvSheet
{
    public static void Write(Sheet sheet, string path)
    {
        AtomicFile.Write(path, stream => Write(sheet, stream));
    }

    public static void Write(Sheet sheet, Stream stream) => Write(sheet.Columns, sheet.Rows, stream);

    /// <summary>Rows are written as they are enumerated, so a table read from the store is never held whole.</summary>
    public static void Write(IReadOnlyList<string> columns, IEnumerable<object?[]> rows, Stream stream)
    {
        var options = new CsvWriterOptions { WriteByteOrderMark = true };
        using var csv = CsvWriter.Create(stream, options, true);
        foreach (var column in columns) csv.WriteField(column);
        csv.EndRecord();
        foreach (var row in rows)
        {
            foreach (var value in row) csv.WriteField(Format(value));
            csv.EndRecord();
        }
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => InertText.ForSpreadsheet(value.ToString() ?? ""),
    };
}
