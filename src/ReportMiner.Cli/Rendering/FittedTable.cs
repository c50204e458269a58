using ReportMiner.Store.Exporting;
using Spectre.Console;

namespace ReportMiner.Cli.Rendering;

/// <summary>
/// A console table that fits the terminal: columns are dropped from the highest rank down until the rest fit,
/// numbers are never wrapped, and the dropped columns are named under the table with how to see them.
/// </summary>
internal static class FittedTable
{
    /// <summary>Narrowest a wrapping column is squeezed to before a lower-ranked column is dropped instead.</summary>
    private const int MinimumWrapWidth = 12;

    public static void Write(IAnsiConsole console, Sheet sheet, IReadOnlyList<ConsoleColumn> layout, TableChoice choice)
    {
        var rows = sheet.Rows.Select(r => new SheetRow(sheet, r)).ToList();
        var cells = layout.Select(c => rows.Select(r => InertText(c.Value(r))).ToArray()).ToArray();
        var widths = cells.Select(c => c.Select(DisplayWidth.Of).ToArray()).ToArray(); // each cell measured once
        var shown = Choose(layout, widths, console.Profile.Width, choice);
        // Asked-for columns are shown whole: the table may run past the terminal rather than wrap numbers.
        BoxTable.Write(console.Profile.Out.Writer, shown.Select(i => layout[i].Header).ToArray(), shown.Select(i => cells[i]).ToArray(),
            shown.Select(i => widths[i]).ToArray(), shown.Select(i => layout[i].Wraps).ToArray(),
            shown.Select(i => Needed(layout[i], widths[i])).ToArray(), choice.Chosen ? null : console.Profile.Width);
        var hidden = Enumerable.Range(0, layout.Count).Where(i => !shown.Contains(i)).Select(i => layout[i].Header).ToList();
        if (hidden.Count > 0)
        {
            var hint = $"({hidden.Count} more column{(hidden.Count == 1 ? "" : "s")}: {string.Join(", ", hidden)}. Show them with --wide, "
                + "--columns or --format csv|json|xlsx.)";
            foreach (var (line, _) in BoxTable.Wrap(hint, console.Profile.Width)) console.Profile.Out.Writer.WriteLine(line);
        }
    }

    /// <summary>Indexes of the columns to show, in layout order.</summary>
    public static IReadOnlyList<int> Choose(IReadOnlyList<ConsoleColumn> layout, int[][] widths, int width, TableChoice choice)
    {
        if (choice.Columns.Count > 0)
        {
            var unknown = choice.Columns.Where(c => layout.All(l => !l.Header.Equals(c, StringComparison.OrdinalIgnoreCase))).ToList();
            if (unknown.Count > 0)
                throw new Store.StoreException($"Unknown column {string.Join(", ", unknown)}; the columns are: {string.Join(", ", layout.Select(l => l.Header))}.");
            return Enumerable.Range(0, layout.Count)
                .Where(i => choice.Columns.Any(c => c.Equals(layout[i].Header, StringComparison.OrdinalIgnoreCase))).ToList();
        }
        if (choice.Wide) return Enumerable.Range(0, layout.Count).ToList();
        var chosen = new List<int>();
        var used = 1; // the table's left border
        foreach (var i in Enumerable.Range(0, layout.Count).OrderBy(i => layout[i].Rank).ThenBy(i => i))
        {
            var need = Needed(layout[i], widths[i]) + 3; // padding on both sides and the right border
            if (used + need > width) continue;
            used += need;
            chosen.Add(i);
        }
        chosen.Sort();
        return chosen;
    }

    private static int Needed(ConsoleColumn column, int[] widths)
    {
        var header = DisplayWidth.Of(column.Header);
        var widest = widths.Length == 0 ? 0 : widths.Max();
        return column.Wraps ? Math.Max(header, Math.Min(widest, MinimumWrapWidth)) : Math.Max(header, widest);
    }

    private static string InertText(string text) => Store.Exporting.InertText.ForTerminal(text);
}

/// <summary>What the user asked to see: every column (--wide) or a chosen few (--columns), else what fits.</summary>
internal sealed record TableChoice(bool Wide, IReadOnlyList<string> Columns)
{
    public static TableChoice Fit { get; } = new(false, []);

    public bool Chosen => Wide || Columns.Count > 0;
}
