using System.CommandLine;
using ReportMiner.Cli.Rendering;

namespace ReportMiner.Cli.Commands;

/// <summary>Options of commands that print a console table: every column, or a chosen few.</summary>
internal static class TableOptions
{
    public static Option<bool> Wide() => new("--wide") { Description = "Show every column, however wide the table gets." };

    public static Option<string[]> Columns() => new("--columns")
    {
        Description = "Show only these columns (by their header, comma-separated), e.g. city,year,actual.",
        AllowMultipleArgumentsPerToken = true,
    };

    public static TableChoice Choice(ParseResult result, Option<bool> wide, Option<string[]> columns) =>
        new(result.GetValue(wide), StoreOptions.List(result.GetValue(columns)));
}
