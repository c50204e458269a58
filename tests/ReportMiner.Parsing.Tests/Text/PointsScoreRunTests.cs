using ReportMiner.Parsing.Text;

namespace ReportMiner.Parsing.Tests.Text;

/// <summary>A row's points and score, or its points and the figure after them, read where their separator was lost.</summary>
public sealed class PointsScoreRunTests
{
    [Theory]
    [InlineData("2018", "20", "18")]
    [InlineData("1510", "15", "10")]
    [InlineData("22", "2", "2")]
    [InlineData("1005", "100", "5")]
    public void A_run_of_whole_digits_is_cut_where_the_score_is_no_more_than_the_points(string run, string points, string score) =>
        Assert.Equal((points, score), PointsScoreRuns.Cut(run));

    [Theory]
    [InlineData("10.59.5", "10.5", "9.5")]
    [InlineData("100.00100.00", "100.00", "100.00")]
    public void Points_and_a_score_with_decimals_are_cut_between_the_two_figures(string run, string points, string score) =>
        Assert.Equal((points, score), PointsScoreRuns.Cut(run));

    [Fact]
    public void A_run_that_two_cuts_explain_is_left_uncut() => Assert.Null(PointsScoreRuns.Cut("10.510.5"));

    [Theory]
    [InlineData("200")]
    [InlineData("2030")]
    [InlineData("1010100")]
    [InlineData("0505")]
    [InlineData("8")]
    public void A_run_no_cut_explains_is_left_uncut(string run) => Assert.Null(PointsScoreRuns.Cut(run));

    [Fact]
    public void The_longest_run_two_points_figures_make_is_still_cut()
    {
        Assert.Equal(("100.00", "100.00"), PointsScoreRuns.Cut("100.00100.00"));
    }

    [Theory]
    [InlineData("8", true)]
    [InlineData("100", true)]
    [InlineData("101", false)]
    [InlineData("08", false)]
    [InlineData("0", false)]
    [InlineData("", false)]
    [InlineData("8.5", false)]
    public void Whole_points_have_no_leading_zero_and_are_no_more_than_a_hundred(string digits, bool expected) =>
        Assert.Equal(expected, PointsScoreRuns.IsWholePoints(digits));

    [Fact]
    public void Points_whose_shorter_head_still_holds_the_score_could_end_where_the_figure_after_them_starts() =>
        // "510%0%5": 51 points with 0% twice, or 5 points with 10% aimed and 0% reached.
        Assert.True(PointsScoreRuns.ShorterHeadHoldsScore("51", 5));

    [Theory]
    [InlineData("10", 10)]
    [InlineData("51", 6)]
    [InlineData("8", 8)]
    public void Points_whose_every_shorter_head_opens_no_figure_or_falls_below_the_score_are_one_cut(string points, int score) =>
        Assert.False(PointsScoreRuns.ShorterHeadHoldsScore(points, score));
}
