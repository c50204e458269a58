namespace ReportMiner.Cli.Rendering;

/// <summary>
/// A column of a console table: a short header, its rank when the terminal is too narrow for all (1 is kept
/// longest), whether its text may wrap (numbers and codes never do), and how a row shows in it.
/// </summary>
internal sealed record ConsoleColumn(string Header, int Rank, bool Wraps, Func<SheetRow, string> Value);
