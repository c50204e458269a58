using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.CellRuns;

/// <summary>
/// A table export that writes each cell's closing bar on a line of its own ("项目名称" / "|" / "国家…项目" / "|"): a bar
/// alone right after a cell's text closes that cell, as " |" at the end of the line does in the other export, so the
/// two become one line "项目名称 |". A bar alone after a bar (or a line ending in one) stays: it is an empty cell.
/// </summary>
internal static class ClosingBarLines
{
    public static IReadOnlyList<DocItem> Attach(IReadOnlyList<DocItem> items)
    {
        List<DocItem>? result = null;
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0 && IsBarAlone(items[i]) && (result is null ? items[i - 1] : result[^1]) is { IsRow: false } cell && Closes(cell))
            {
                result ??= items.Take(i).ToList();
                result[^1] = cell with { Text = cell.Text.TrimEnd() + " |", Original = cell.Original.TrimEnd() + " |" };
                continue;
            }
            result?.Add(items[i]);
        }
        return result ?? items;
    }

    private static bool IsBarAlone(DocItem item) => !item.IsRow && item.Text.Trim() == "|";

    private static bool Closes(DocItem item) => item.Text.Trim() is { Length: > 0 } text && !text.EndsWith('|');
}
