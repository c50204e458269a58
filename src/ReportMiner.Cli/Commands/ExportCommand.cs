using System.CommandLine;
using ReportMiner.Store.Exporting;
using ReportMiner.Store.Schema;

namespace ReportMiner.Cli.Commands;

/// <summary>
/// <c>reportminer export --format csv|xlsx|jsonl --out FILE [--cities] [--years] [--category]</c>: projects and indicators.
/// XLSX has one sheet per table; JSONL one project per line with its indicators; CSV writes the indicators to FILE
/// and the projects next to it (FILE with ".projects" before the extension).
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var format = StoreOptions.Format("csv, xlsx or jsonl.", "csv", "xlsx", "jsonl");
        var output = new Option<string>("--out") { Description = "The file to write.", Required = true };
        var cities = new Option<string[]>("--cities") { Description = "Only these cities, comma-separated.", AllowMultipleArgumentsPerToken = true };
        var years = new Option<string[]>("--years") { Description = "Only these years: 2021, 2019,2020 or 2019-2021.", AllowMultipleArgumentsPerToken = true };
        var category = new Option<string?>("--category") { Description = "Only projects with this indicator category (and only those indicators)." };
        var db = StoreOptions.Database();
        var command = new Command("export", "Export projects and indicators to CSV, XLSX or JSON lines.") { format, output, cities, years, category, db };
        command.SetAction(result => CommandErrors.Guard(() =>
        {
            var filter = new ExportFilter
            {
                Cities = StoreOptions.List(result.GetValue(cities)), Years = StoreOptions.Years(result.GetValue(years)), Category = result.GetValue(category),
            };
            using var connection = StoreDatabase.OpenExisting(result.GetValue(db)!);
            var service = new ExportService(connection);
            var projects = service.Projects(filter);
            var indicators = service.Indicators(filter);
            var path = result.GetValue(output)!;
            switch (result.GetValue(format))
            {
                case "xlsx": XlsxWorkbook.Write([projects, indicators], path); break;
                case "jsonl": JsonLines.Write(projects, indicators, path); break;
                default:
                    CsvSheet.Write(indicators, path);
                    CsvSheet.Write(projects, ProjectsPath(path));
                    Console.Error.WriteLine($"Projects written to {ProjectsPath(path)}.");
                    break;
            }
            Console.Error.WriteLine($"Exported {projects.Rows.Count} projects and {indicators.Rows.Count} indicators to {path}.");
            return 0;
        }));
        return command;
    }

    public static string ProjectsPath(string path) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, Path.GetFileNameWithoutExtension(path) + ".projects" + Path.GetExtension(path));
}
