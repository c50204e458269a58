using ReportMiner.Store.Exporting;
using Spectre.Console;

namespace ReportMiner.Cli.Rendering;

/// <summary>Writes a sheet as a console table, CSV, JSON or XLSX, to standard output or a file.</summary>
internal static class SheetOutput
{
    public static void Write(Sheet sheet, string format, string? outPath, object jsonValue)
    {
        switch (format)
        {
            case "csv" when outPath is not null: CsvSheet.Write(sheet, outPath); break;
            case "csv":
                using (var stdout = Console.OpenStandardOutput()) CsvSheet.Write(sheet, stdout);
                break;
            case "xlsx": XlsxWorkbook.Write([sheet], outPath ?? throw new Store.StoreException("--format xlsx needs --out FILE.xlsx.")); break;
            case "json": JsonOutput.Write(jsonValue, outPath); break;
            default: Table(sheet); break;
        }
        if (outPath is not null) Console.Error.WriteLine($"Wrote {sheet.Rows.Count} rows to {outPath}.");
    }

    public static void Table(Sheet sheet, Func<int, object?, string>? markup = null)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in sheet.Columns) table.AddColumn(Markup.Escape(column));
        foreach (var row in sheet.Rows)
            table.AddRow(row.Select((value, i) => markup?.Invoke(i, value) ?? Markup.Escape(Show(value))).ToArray());
        Terminal.Out.Write(table);
    }

    public static string Show(object? value) => value switch
    {
        null => "",
        double d => d.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        _ => InertText.ForTerminal(value.ToString() ?? ""),
    };
}
