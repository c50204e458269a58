namespace ReportMiner.Parsing.Layout;

/// <summary>
/// Lines of a page set in two (or more) columns of running text. The line builder joins the columns' lines that
/// share a baseline, and the gutter between them makes each such line look like a table row; a table set over both
/// columns, right under or above such text, would take the text in as rows.
/// </summary>
public static class TwoColumnText
{
    /// <summary>Per line: whether it is two columns of running text — one of three lines in a row whose every piece
    /// (split at wide gaps) is prose, or a line right under such a line whose pieces of words start where that line's pieces start (a paragraph's last
    /// line beside the other column's).</summary>
    public static bool[] Lines(IReadOnlyList<TextLine> lines, double gutter, double h)
    {
        var prose = lines.Select(l => TextColumnBeside.Pieces(l, gutter) is { Count: >= 2 } p && p.All(TextColumnBeside.IsProse)).ToArray();
        var result = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            // Three such lines in a row: one may be a table row whose long cells both wrap.
            if (prose[i] && Enumerable.Range(i - MinLines + 1, MinLines).Any(s => s >= 0 && s + MinLines <= lines.Count
                    && Enumerable.Range(s, MinLines).All(k => prose[k])))
            {
                result[i] = true;
                continue;
            }
            var pieces = TextColumnBeside.Pieces(lines[i], gutter);
            if (pieces.Count < 2 || i == 0 || !result[i - 1] || lines[i].YMin - lines[i - 1].YMax > JoinGap * h) continue;
            var starts = TextColumnBeside.Pieces(lines[i - 1], gutter).Select(p => p[0].XMin).ToList();
            result[i] = pieces.Count == starts.Count && pieces.All(p => IsWords(p) && starts.Any(x => Math.Abs(p[0].XMin - x) <= 0.5 * h));
        }
        return result;
    }

    private const int MinLines = 3;

    // Lines of running text follow closer than this many text heights.
    private const double JoinGap = 1;

    private static bool IsWords(List<PositionedWord> piece)
    {
        var text = string.Concat(piece.Select(w => w.Text));
        return text.Count(char.IsLetter) > 2 * text.Count(char.IsDigit);
    }
}
