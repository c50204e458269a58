using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Tests.Layout;

/// <summary>A line's words that touch were one word drawn in two runs; words a space apart stay apart.</summary>
public sealed class TouchingWordsTests
{
    private const double H = 12;

    [Fact]
    public void A_sign_drawn_after_its_figure_and_touching_it_joins_the_figure_without_a_space()
    {
        // The sign comes from a fallback font drawn after the figure, so it reaches the line as a word of its own.
        var line = new TextLine([Word("≥", 100, 109.5), Word("500", 109.5, 127), Word("亩", 129, 141)]);

        Assert.Equal("≥500亩", line.Text);
    }

    [Fact]
    public void Latin_words_a_space_apart_keep_their_space()
    {
        var line = new TextLine([Word("Total", 100, 128), Word("amount", 131.5, 170)]);

        Assert.Equal("Total amount", line.Text);
    }

    private static PositionedWord Word(string text, double x0, double x1) => new(text, x0, 200, x1, 200 + H);
}
