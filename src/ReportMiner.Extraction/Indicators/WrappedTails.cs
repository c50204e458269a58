using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// The tail of a row's cell that wrapped onto a line of its own in a text export ("足额保障率(参" / "保率)"): a short
/// line right under a row of values, after which the table goes on. A tail that makes one of the row's cells a level
/// label of the framework ("社会效益" / "指标") completes that cell; any other tail that is no header word for the name
/// or level columns completes the row's name, and a row whose name cell is blank takes it as its name.
/// </summary>
public static partial class WrappedTails
{
    private const int LongestTail = 20;

    /// <summary>The line that wrapped off <paramref name="row"/>, or null when the line after the row is none.</summary>
    public static DocItem? After(IReadOnlyList<DocItem> items, DocItem row)
    {
        // The last line of an excerpt cut off mid-row is the start of the next row, not a tail.
        if (!row.IsRow || row.FromParagraph || row.Index + 2 >= items.Count) return null;
        var tail = items[row.Index + 1];
        if (!IsTailOf(row, tail) || !HoldsValue(row) || (LevelCellCompleted(row, tail) < 0 && !IsNameTail(tail))) return null;
        // A name written into the form's next numbered slot is an indicator of its own, whatever its length.
        if (IndicatorNames.OpensFilledSlot(tail.Text)) return null;
        var next = items[row.Index + 2];
        if (!next.IsRow) return EndsTable(row, tail) ? tail : null;
        if (next.Table == row.Table || next.Row != 0 || next.FromParagraph) return null;
        // A header below ends the table; a tail that makes a level label of a cell is still this row's.
        return HeaderSemantics.IsLabelRow(next.Cells) && LevelCellCompleted(row, tail) < 0 ? null : tail;
    }

    /// <summary>
    /// True when a line between two parts of a table may be a wrapped tail: short text, and no heading, sentence,
    /// level label or footer. The table goes on over it even where the line is not joined to the row above.
    /// </summary>
    public static bool IsShortLine(DocItem line) =>
        !line.IsRow && line.Key.Length is > 0 and <= LongestTail && !NotATail().IsMatch(line.Key) && CellKinds.IsLabel(line.Text)
        && !CellKinds.IsComparator(line.Key) && !IndicatorFramework.IsLevelLabel(line.Text) && IndicatorFooters.OfText(line.Text) is null;

    /// <summary>
    /// True when <paramref name="line"/> may be the tail of a cell of <paramref name="row"/>: a short line of text, or
    /// the rest of a bracket a cell of the row leaves open ("满意度(" / "≥**%)"), whatever that rest holds.
    /// </summary>
    public static bool IsTailOf(DocItem row, DocItem line) =>
        IsShortLine(line) || !line.IsRow && line.Key.Length is > 0 and <= LongestTail && ClosesOpenBracket(row, line.Text);

    private static bool ClosesOpenBracket(DocItem row, string line) =>
        row.Cells.Any(c => OpenBrackets(c) > 0) && OpenBrackets(line) < 0 && !line.Contains('\t');

    /// <summary>Opening brackets less closing ones: positive when the text leaves one open.</summary>
    private static int OpenBrackets(string text) =>
        text.Count(ch => ch is '(' or '（' or '[' or '【') - text.Count(ch => ch is ')' or '）' or ']' or '】');

    /// <summary>The row with the tail written into the cell it completes: a level cell, or else (as NameTail) the name.</summary>
    public static (DocItem Row, string? NameTail) Attach(DocItem row, DocItem tail)
    {
        var withTail = row with { Original = row.Original + "\n" + tail.Original };
        var level = LevelCellCompleted(row, tail);
        if (level < 0) return (withTail, tail.Text.Trim());
        var cells = row.Cells.ToArray();
        cells[level] = cells[level].TrimEnd() + tail.Text.Trim();
        return (withTail with { Cells = cells, Text = string.Join('\t', cells) }, null);
    }

    /// <summary>
    /// True when <paramref name="tail"/> is wider than the name cell it would complete while another text cell of the
    /// row (a sentence, no level label) is at least as wide: a wrapped line is never wider than the first line of its cell, so the tail is the rest
    /// of that wider cell (an explanation or scoring rule beside a short name), not the name's. A name that leaves a
    /// bracket open keeps its tail.
    /// </summary>
    public static bool ContinuesWiderCell(IReadOnlyList<string> cells, string name, string tail)
    {
        var width = Width(tail);
        return width > Width(name) && OpenBrackets(name) <= 0
               && cells.Any(c => c.Trim() != name.Trim() && TextKey.Of(c).Length >= WrappingTextFewest && CellKinds.IsLabel(c)
                                 && !IndicatorFramework.IsLevelLabel(c) && Width(c) >= width);
    }

    /// <summary>Fewest characters of a text cell that wraps beside a name: a sentence, not a level label or a word.</summary>
    private const int WrappingTextFewest = 10;

    /// <summary>The printed width of a text: a CJK or full-width character is two columns, an ASCII one is one.</summary>
    private static int Width(string text) => text.Trim().Sum(ch => ch < 0x80 ? 1 : 2);

    /// <summary>
    /// After a table's last row a heading, a note or the start of a row the excerpt cut off ("生态") may follow as
    /// well: the line is a tail only when it is no longer than one of the row's label cells (a wrapped line is at
    /// most as wide as the line above it) and is not the start of a level label.
    /// </summary>
    private static bool EndsTable(DocItem row, DocItem tail) =>
        !IndicatorFramework.StartsLevelLabel(tail.Text) && row.Cells.Any(c => CellKinds.IsLabel(c) && TextKey.Of(c).Length >= tail.Key.Length);

    /// <summary>A row an indicator's name can wrap off holds a value of its own (a figure, a comparator, a yes/no, or a
    /// second text beside the name), not only level labels and an unfilled slot ("项目效益（35分） | 经济效益指标 | 指标1："):
    /// a line under such a row is the form's next label.</summary>
    private static bool HoldsValue(DocItem row) =>
        row.Cells.Any(c => (TextKey.Of(c).Any(char.IsAsciiDigit) && !CellKinds.IsLabel(c)) || CellKinds.IsYesNo(c) || CellKinds.IsComparator(c))
        || row.Cells.Count(c => CellKinds.IsLabel(c) && !IndicatorFramework.IsLevelLabel(c) && !IndicatorNames.IsBarePlaceholder(c)) >= 2;

    /// <summary>A name's tail may hold header words of other columns ("完成率"), not of the name or level columns
    /// ("绩效指标", a side label), and is no unfilled slot.</summary>
    private static bool IsNameTail(DocItem line) =>
        HeaderSemantics.RoleOf(line.Text) is not (ColumnRole.Name or ColumnRole.Level1 or ColumnRole.Level2) && !IndicatorNames.IsBarePlaceholder(line.Text);

    /// <summary>
    /// The last of the row's own label cells that the tail turns into a level label, or -1. A name that merely holds a
    /// framework word ("项目建设成本" + "指标") completes only when no cell opens with one ("经济成本" + "指标").
    /// </summary>
    private static int LevelCellCompleted(DocItem row, DocItem tail)
    {
        var completed = -1;
        for (var c = row.Cells.Count - 1; c >= 0; c--)
        {
            var cell = row.Cells[c];
            if (!CellKinds.IsLabel(cell) || IndicatorFramework.IsLevelLabel(cell)) continue;
            if (row.Table?.CellAt(row.Row!.Value, c) is { } spanning && spanning.Row != row.Row) continue;
            var joined = cell.TrimEnd() + tail.Text.Trim();
            if (!IndicatorFramework.IsLevelLabel(joined)) continue;
            if (IndicatorFramework.StartsWithFrameworkWord(joined)) return c;
            if (completed < 0) completed = c;
        }
        return completed;
    }

    // An enumerated heading ("三、", "(二)", "1."), a page number ("-15-"), an attachment's heading ("附件2"), a label (…：), a sentence (…。).
    [GeneratedRegex(@"^附件\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})?$|^(?:[(（]?[一二三四五六七八九十\d]{1,3}[、.．)）]|[(（][一二三四五六七八九十]{1,3}[)）]|[-—－]\d{1,3}[-—－])|[:：。；;！!？?]")]
    private static partial Regex NotATail();
}
