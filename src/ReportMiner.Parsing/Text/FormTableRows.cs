using System.Text;

namespace ReportMiner.Parsing.Text;

/// <summary>
/// Rows of a form exported one cell per line: each tab opens a cell, untabbed lines continue the cell (wrapped
/// text), and a line of only tabs opens a row whose first cell is covered from above. Rows whose first cell is
/// not covered carry no marker; they are recovered where a group is wider than its neighbour and the surplus
/// starts after a blank line.
/// </summary>
internal static class FormTableRows
{
    public static IReadOnlyList<TextRow> Read(TableSegment segment)
    {
        var groups = Group(segment.Lines);
        var rows = new List<TextRow>();
        for (var g = 0; g < groups.Count; g++)
        {
            var width = g + 1 < groups.Count ? groups[g + 1].Count : g > 0 ? groups[g - 1].Count : 0;
            rows.AddRange(SplitSurplus(groups[g], width));
        }
        return rows;
    }

    private static List<List<FormCell>> Group(IReadOnlyList<TextLine> lines)
    {
        var groups = new List<List<FormCell>>();
        List<FormCell>? group = null;
        var afterBlank = false;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                afterBlank = true;
                continue;
            }
            if (!line.HasTab)
            {
                if (group is { Count: > 0 }) group[^1].Text.Append('\n').Append(line.Text);
                else (group = StartGroup(groups)).Add(new FormCell(line.Text, line.Page, afterBlank));
                afterBlank = false;
                continue;
            }
            var parts = line.Text.Split('\t');
            if (line.IsOnlyTabs || group is null) group = StartGroup(groups);
            if (parts[0].Trim().Length > 0)
            {
                if (group.Count > 0) group[^1].Text.Append('\n').Append(parts[0]);
                else group.Add(new FormCell(parts[0], line.Page, afterBlank));
            }
            for (var p = 1; p < parts.Length; p++)
                group.Add(new FormCell(parts[p], line.Page, afterBlank && p == 1));
            afterBlank = false;
        }
        return groups;
    }

    private static List<FormCell> StartGroup(List<List<FormCell>> groups)
    {
        var group = new List<FormCell>();
        groups.Add(group);
        return group;
    }

    private static IEnumerable<TextRow> SplitSurplus(List<FormCell> group, int width)
    {
        var tails = new Stack<List<FormCell>>();
        var rest = group;
        while (width > 0 && rest.Count > width && rest[^width].AfterBlank)
        {
            tails.Push(rest[^width..]);
            rest = rest[..^width];
        }
        yield return ToRow(rest);
        while (tails.Count > 0) yield return ToRow(tails.Pop());
    }

    private static TextRow ToRow(List<FormCell> cells) =>
        new(cells.Select(c => c.Text.ToString()).ToList(), cells.Count > 0 ? cells[0].Page : 1);

    private sealed class FormCell(string text, int page, bool afterBlank)
    {
        public StringBuilder Text { get; } = new(text);
        public int Page { get; } = page;
        public bool AfterBlank { get; } = afterBlank;
    }
}
