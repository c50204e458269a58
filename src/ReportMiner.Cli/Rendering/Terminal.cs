using Spectre.Console;

namespace ReportMiner.Cli.Rendering;

/// <summary>
/// The console tables are written to: colours and a live width on a terminal; when output is redirected,
/// no escape codes and a wide fixed width so rows are not folded into narrow columns. COLUMNS, when set,
/// is the width either way (scripts and tests render at a known width).
/// </summary>
internal static class Terminal
{
    public static IAnsiConsole Out { get; } = Create();

    private static IAnsiConsole Create()
    {
        var redirected = Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns is >= 20 and <= 1000)
            console.Profile.Width = columns;
        else if (redirected) console.Profile.Width = 240;
        return console;
    }
}
