namespace ReportMiner.Parsing.Layout;

/// <summary>
/// Builds tables from ruling lines: grid lines give rows and columns, a missing inner rule between two grid
/// cells merges them, and words are assigned to the cell that contains their centre.
/// </summary>
public static class RuledTableFinder
{
    private const int MaxSegments = 2000;
    private const int MinFilledCells = 2;

    public static IReadOnlyList<GridTable> Find(PageWords page, double textHeight, out List<PositionedWord> remaining)
    {
        var tolerance = Math.Max(1.5, 0.3 * textHeight);
        var segments = RuleSegments.Normalize(page.Rules, tolerance);
        // Thousands of axis-aligned strokes are a drawing (a chart, hatching), not table borders.
        if (segments.Count > MaxSegments) segments = [];
        var tables = new List<GridTable>();
        var words = page.Words.ToList();
        foreach (var cluster in RuleClusters.Find(segments, tolerance).SelectMany(c => RuleClusters.SplitSideBySide(c, tolerance))
                     .SelectMany(c => RuledOneUnderOther.Split(c, tolerance)))
        {
            var grid = RuleGrid.From(cluster, tolerance);
            if (grid is null) continue;
            var inside = words.Where(grid.Contains).ToList();
            var table = grid.ToTable(page.PageNumber, inside);
            // Chart gridlines and decorative frames enclose almost no text: not a table.
            if (table is null || table.Cells.Count(c => c.Text.Length > 0) < Math.Max(MinFilledCells, 0.1 * table.Cells.Count)) continue;
            // Rules drawn only round a table or between groups of columns leave its rows to alignment.
            if (RuledCellRows.HoldRowsOfTheirOwn(table, inside, textHeight)) continue;
            tables.Add(table);
            var taken = inside.ToHashSet();
            words = words.Where(w => !taken.Contains(w)).ToList();
        }
        remaining = words;
        return tables.OrderBy(t => t.Top).ToList();
    }
}
