using ReportMiner.Parsing.Text;

namespace ReportMiner.Parsing.Tests.Text;

/// <summary>
/// A row of a bar table that never closes ("| 第1项", "| 第2项", … for a whole yearbook) is pieced together line by line;
/// the work must grow with the lines, not with the square of their number.
/// </summary>
public sealed class PipeRowTextTests
{
    [Theory]
    [InlineData("| 第{0}项")]
    [InlineData("第{0}项 | 甲 | 乙 |")]
    [InlineData("| {0} |")]
    public void Piecing_a_row_that_never_closes_visits_each_character_a_bounded_number_of_times(string pattern)
    {
        var lines = Enumerable.Range(0, 5000).Select(i => new TextLine(string.Format(pattern, i), 1)).ToList();
        var chars = lines.Sum(l => (long)l.Text.Trim().Length);
        foreach (var layout in Enum.GetValues<PipeTableLines.Layout>())
        {
            var row = new PipeRowText();
            PipeTableLines.Rows(lines, 0, lines.Count, width: null, layout, row);
            Assert.InRange(row.CharsVisited, chars, 4 * chars);
        }
    }

    [Theory]
    [InlineData("a | b | c |", 3, 3, true, false)]
    [InlineData("| a | | b", 3, 2, false, false)]
    [InlineData("a | b |  | ", 3, 2, false, true)]
    [InlineData("a|b||", 3, 2, true, true)]
    public void The_row_answers_as_a_rescan_of_its_whole_text_would(string text, int bars, int cellsWithText, bool endsWithBar, bool endsWithBarRun)
    {
        var row = new PipeRowText();
        foreach (var piece in text.Split(' ')) row.Append(piece + " ");
        row.Clear();
        row.Append(text);
        Assert.Equal(text, row.ToString());
        Assert.Equal(bars, row.Bars);
        Assert.Equal(cellsWithText, row.CellsWithText);
        Assert.Equal(endsWithBar, row.EndsWithBar);
        Assert.Equal(endsWithBarRun, row.EndsWithBarRun());
    }

    [Fact]
    public void A_long_list_of_bar_led_lines_still_reads_as_text()
    {
        var text = string.Join('\n', Enumerable.Range(0, 3000).Select(i => $"| 第{i}项")) + "\n";
        var document = TextParsing.Parse(text);
        Assert.Contains(document.Paragraphs, p => p.Text.Contains("第2999项"));
    }
}
