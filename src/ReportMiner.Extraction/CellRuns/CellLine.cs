using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.CellRuns;

/// <summary>
/// A paragraph that is one table cell of a page written one cell per line: a table export ends each cell with " |"
/// (an empty cell is a bar alone), a web page's text writes each cell on its own line.
/// </summary>
internal static class CellLine
{
    /// <summary>The cell's text without the export's closing bar, or null when the item is no paragraph.</summary>
    public static string? TextOf(DocItem item)
    {
        if (item.IsRow) return null;
        var text = item.Text.Trim();
        if (text.EndsWith('|')) text = text[..^1].TrimEnd();
        return text;
    }

    /// <summary>The same without the closing bar, as written (for snippets).</summary>
    public static string OriginalOf(DocItem item)
    {
        var text = item.Original.Trim();
        return text.EndsWith('|') ? text[..^1].TrimEnd() : text;
    }
}
