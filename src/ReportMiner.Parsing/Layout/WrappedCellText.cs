using System.Text;

namespace ReportMiner.Parsing.Layout;

/// <summary>
/// The text of a ruled cell's lines, joined. A word wider than its cell is broken where the next character no
/// longer fits ("475" in a cell two digits wide becomes "47" over "5", "&gt;=" becomes "&gt;" over "="): when a
/// line is one word and the next line's first character would not have fitted after it, the break cut that word
/// and the halves join without the space that separates two words. A cell whose last line is full in the same
/// sense may go on below it: at a page break, on the next page.
/// </summary>
public static class WrappedCellText
{
    // Cell padding is a few points; a wider margin is text set in the middle of a wider cell, whose lines were
    // broken by hand, not by the width.
    private const double MaxPadding = 0.5;
    private const double FitSlack = 1.0;

    public static (string Text, bool EndsFull, bool Wrapped) Join(IEnumerable<PositionedWord> words, LayoutBox box)
    {
        var lines = LineBuilder.Build(words);
        if (lines.Count == 0) return (string.Empty, false, false);
        var height = lines.Select(l => l.Height).Order().ElementAt(lines.Count / 2);
        var padding = Math.Clamp(lines.Min(l => Math.Min(l.XMin - box.X0, box.X1 - l.XMax)), 0, MaxPadding * height);
        var width = box.X1 - box.X0 - 2 * padding;
        var sb = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (sb.Length > 0 && CjkText.NeedsSpace(sb[^1], text[0])
                && !(OneWord(lines[i - 1]) && Full(lines[i - 1], CharacterWidth(lines[i].Words[0]), width)))
                sb.Append(' ');
            sb.Append(text);
        }
        return (sb.ToString(), Full(lines[^1], CharacterWidth(lines[^1].Words[^1]), width), lines.Count > 1);
    }

    private static bool OneWord(TextLine line) => !line.Text.Contains(' ');

    // The line could not have taken one more character of this width.
    private static bool Full(TextLine line, double character, double width) => line.XMax - line.XMin + FitSlack * character > width;

    private static double CharacterWidth(PositionedWord word) => (word.XMax - word.XMin) / Math.Max(1, word.Text.Length);
}
