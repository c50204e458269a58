using System.Text;
using System.Text.RegularExpressions;

namespace ReportMiner.Parsing.Text;

/// <summary>
/// The text of a pipe-table row being pieced together from lines, with what <see cref="PipeTableLines"/> asks of it kept
/// up as lines are added: a row that never closes (a long list of "| 第1项" lines) would otherwise be copied and rescanned
/// whole for every line it takes, time growing with the square of its length. Each question is answered from the last
/// line or two, so taking a line costs its own length.
/// </summary>
internal sealed partial class PipeRowText
{
    private readonly StringBuilder text = new();
    private int lastBar = -1, barBeforeLast = -1;
    private bool cellHasText;

    public int Length => text.Length;

    /// <summary>Bars in the row.</summary>
    public int Bars { get; private set; }

    /// <summary>Cells with text in them, as <c>Cells(row).Count(c =&gt; c.Length &gt; 0)</c> counts them.</summary>
    public int CellsWithText { get; private set; }

    /// <summary>Characters scanned over all the rows this object held: the lines' own lengths plus the tail checks.</summary>
    public long CharsVisited { get; private set; }

    public bool EndsWithBar => text.Length > 0 && text[^1] == '|';

    public bool StartsWithBar => text.Length > 0 && text[0] == '|';

    public void Append(string line)
    {
        foreach (var c in line)
        {
            CharsVisited++;
            if (c == '|')
            {
                Bars++;
                barBeforeLast = lastBar;
                lastBar = text.Length;
                cellHasText = false;
            }
            else if (!char.IsWhiteSpace(c) && !cellHasText)
            {
                cellHasText = true;
                CellsWithText++;
            }
            text.Append(c);
        }
    }

    /// <summary>Whether the row ends with a run of bars (<c>\|\s*\|\s*$</c>): only the text from its second-last bar can match.</summary>
    public bool EndsWithBarRun()
    {
        if (barBeforeLast < 0) return false;
        var tail = text.ToString(barBeforeLast, text.Length - barBeforeLast);
        CharsVisited += tail.Length;
        return RowEnd().IsMatch(tail);
    }

    public void Clear()
    {
        text.Clear();
        lastBar = barBeforeLast = -1;
        cellHasText = false;
        Bars = CellsWithText = 0;
    }

    public override string ToString() => text.ToString();

    [GeneratedRegex(@"\|\s*\|\s*$")]
    private static partial Regex RowEnd();
}
