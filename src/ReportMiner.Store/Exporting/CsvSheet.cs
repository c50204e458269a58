using System.Globalization;
using CsvHelper;

namespace ReportMiner.Store.Exporting;

/// <summary>Writes a sheet as RFC 4180 CSV in UTF-8 with a BOM, so spreadsheet programs read the Chinese text.</summary>
public static class CsvSheet
{
    public static void Write(Sheet sheet, string path)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
        Write(sheet, file);
    }

    public static void Write(Sheet sheet, Stream stream)
    {
        var options = new CsvWriterOptions { WriteByteOrderMark = true };
        using var csv = CsvWriter.Create(stream, options, true);
        foreach (var column in sheet.Columns) csv.WriteField(column);
        csv.EndRecord();
        foreach (var row in sheet.Rows)
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
        _ => value.ToString(),
    };
}
