using System.Text.RegularExpressions;

namespace ReportMiner.Parsing.Text;

/// <summary>
/// Rows of a "|" table whose first cells a merged cell above covers: the export writes the covered cells' bars at the
/// row's end ("| 产出指标 | 时效指标 | 维持时效 | ≥ | 1 | 年 | 20 | 正向指标 | |||||"), so its cells come out under the
/// table's first columns. A row shorter than the table's full rows moves right, behind empty cells the assembler reads
/// as the cells above going down, where its cells are of the kinds a full row ends with (text, comparator, number, unit)
/// and not of the kinds a full row starts with; a short row of another make (a title, a subtotal "某部门 | 8,827,620.53")
/// stays where it is.
/// </summary>
internal static partial class CoveredCellRows
{
    private const int MinCells = 3;

    public static List<List<string>> Align(List<List<string>> rows, IReadOnlyList<bool> closedByBars)
    {
        var width = rows.Max(r => r.Count);
        var full = rows.Where(r => r.Count == width && r.TrueForAll(c => c.Length > 0)).Select(Kinds).ToList();
        if (full.Count == 0) return rows;
        var shortRows = Enumerable.Range(0, rows.Count).Where(i => closedByBars[i] && rows[i].Count >= MinCells && rows[i].Count < width).ToList();
        // One short row that does not fit leaves them all: moving some rows and not others sets the cells above over the wrong rows.
        if (shortRows.Count == 0 || !shortRows.TrueForAll(i => EndsLikeFullRows(rows[i], full, width))) return rows;
        var moved = shortRows.ToHashSet();
        return [.. rows.Select((r, i) => moved.Contains(i) ? [.. Enumerable.Repeat(string.Empty, width - r.Count), .. r] : r)];
    }

    private static bool EndsLikeFullRows(List<string> row, List<List<Kind>> full, int width)
    {
        var kinds = Kinds(row);
        return row.TrueForAll(c => c.Length > 0)
               && full.Exists(f => f.Skip(width - row.Count).SequenceEqual(kinds))
               && !full.Exists(f => f.Take(row.Count).SequenceEqual(kinds));
    }

    private enum Kind { Text, Comparator, Number, Unit }

    private static List<Kind> Kinds(List<string> row) => row.Select(KindOf).ToList();

    private static Kind KindOf(string cell) =>
        Comparator().IsMatch(cell) ? Kind.Comparator
        : Number().IsMatch(cell) ? Kind.Number
        : cell.Length <= MaxUnitLength && !cell.Any(char.IsDigit) ? Kind.Unit
        : Kind.Text;

    /// <summary>Longest unit cell ("%", "人/年", "万立方米" is text: a unit column holds short ones).</summary>
    private const int MaxUnitLength = 3;

    [GeneratedRegex(@"^[≥≤=＝≧≦<>＜＞﹦═]{1,2}$")]
    private static partial Regex Comparator();

    [GeneratedRegex(@"^[-+]?[\d,]+(?:\.\d+)?%?$")]
    private static partial Regex Number();
}
