using System.CommandLine;
using System.Text.Json;
using ReportMiner.Cli.Rendering;
using ReportMiner.Store.Exporting;
using ReportMiner.Store.Schema;
using ReportMiner.Store.Statistics;
using Spectre.Console;

namespace ReportMiner.Cli.Commands;

/// <summary><c>reportminer stats [--db] [--format table|json]</c>: what the store holds.</summary>
public static class StatsCommand
{
    public static Command Create()
    {
        var format = StoreOptions.Format("table or json.", "table", "json");
        var db = StoreOptions.Database();
        var command = new Command("stats", "Documents by format, status, city and year; failures; index size.") { format, db };
        command.SetAction(result => CommandErrors.Guard(() =>
        {
            var path = result.GetValue(db)!;
            using var connection = StoreDatabase.OpenExisting(path);
            var stats = new StatsService(connection, path).Collect();
            if (result.GetValue(format) == "json") Console.Out.WriteLine(JsonSerializer.Serialize(stats, JsonOutput.Options));
            else Print(stats);
            return 0;
        }));
        return command;
    }

    private static void Print(StoreStats s)
    {
        Terminal.Out.MarkupLine($"Store schema v{s.SchemaVersion}: {s.Documents} documents, {s.Projects} projects, {s.Indicators} indicators, {s.FileBytes / 1024.0 / 1024.0:F1} MB on disk.");
        var grid = new Grid().AddColumn().AddColumn().AddColumn().AddColumn();
        grid.AddRow(Counts("Format", s.ByFormat), Counts("Status", s.ByStatus), Counts("City", s.ByCity), Counts("Year", s.ByYear));
        Terminal.Out.Write(grid);
        if (s.IndexBytes.Count > 0)
            Terminal.Out.Write(Counts("Search index (bytes)", s.IndexBytes));
        if (s.Failures.Count == 0) return;
        Terminal.Out.MarkupLine("[bold]Failures[/]");
        foreach (var f in s.Failures) Terminal.Out.MarkupLine(Markup.Escape(InertText.ForTerminal($"  {f.Path} [{f.Kind}] {f.Error}")));
    }

    private static Table Counts(string title, IReadOnlyList<CountBy> counts)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumn(title).AddColumn(new TableColumn("n").RightAligned());
        foreach (var c in counts) table.AddRow(Markup.Escape(c.Key), c.Count.ToString());
        return table;
    }
}
