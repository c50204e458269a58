using Spectre.Console;

namespace ReportMiner.Cli.Rendering;

/// <summary>
/// The console tables are written to: colours and a live width on a terminal; when output is redirected,
/// no escape codes and a wide fixed width so rows are not folded into narrow columns.
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
        if (redirected) console.Profile.Width = 240;
        return console;
    }
}
