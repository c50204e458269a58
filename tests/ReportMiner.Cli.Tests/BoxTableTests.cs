using ReportMiner.Cli.Rendering;

namespace ReportMiner.Cli.Tests;

public sealed class BoxTableTests
{
    private static string Render(int? width, string[] headers, string[][] cells, bool[] wraps, int[] floors)
    {
        var writer = new StringWriter();
        BoxTable.Write(writer, headers, cells, cells.Select(c => c.Select(DisplayWidth.Of).ToArray()).ToArray(), wraps, floors, width);
        return writer.ToString();
    }

    [Fact]
    public void Chinese_cells_count_two_columns_each_so_the_borders_line_up()
    {
        var text = Render(null, ["city", "year"], [["上海市", "x"], ["2015", "2016"]], [false, false], [6, 4]);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
        [
            "╭────────┬──────╮",
            "│ city   │ year │",
            "├────────┼──────┤",
            "│ 上海市 │ 2015 │",
            "│ x      │ 2016 │",
            "╰────────┴──────╯",
        ], lines);
    }

    [Fact]
    public void A_wrapping_column_is_narrowed_until_the_table_fits_and_numbers_are_never_broken()
    {
        var text = Render(30, ["project", "budget"], [["上海市热线工单系统运维服务项目经费"], ["11658.59"]], [true, false], [6, 8]);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.True(DisplayWidth.Of(l) <= 30, l));
        Assert.Contains("│ 11658.59 │", text);
        Assert.Equal("上海市热线工单系统运维服务项目经费", string.Concat(lines.Skip(3).SkipLast(1).Select(l => l.Split('│')[1].Trim())));
    }

    [Fact]
    public void Wrapping_breaks_english_text_at_spaces_and_long_words_between_characters()
    {
        Assert.Equal(["Show them", "with --wide"], BoxTable.Wrap("Show them with --wide", 11).Select(l => l.Text));
        Assert.Equal(["abcd", "efgh", "ij"], BoxTable.Wrap("abcdefghij", 4).Select(l => l.Text));
        Assert.Equal([("接通", 4), ("率", 2)], BoxTable.Wrap("接通率", 5));
    }

    [Fact]
    public void Cells_are_written_verbatim_so_markup_brackets_are_not_interpreted()
    {
        var text = Render(null, ["name"], [["[red]x[/] [link=http://a]y[/]"]], [true], [12]);
        Assert.Contains("│ [red]x[/] [link=http://a]y[/] │", text);
    }

    [Fact]
    public void Combining_marks_take_no_column_and_full_width_forms_take_two()
    {
        Assert.Equal(1, DisplayWidth.Of("e\u0301"));
        Assert.Equal(4, DisplayWidth.Of("ＡＢ"));
        Assert.Equal(5, DisplayWidth.Of("≥96.%"));
    }

    [Fact]
    public void Transport_symbols_newer_emoji_and_enclosed_ideographs_take_two_columns_like_other_emoji()
    {
        Assert.Equal(2, DisplayWidth.Of("\U0001F680")); // rocket
        Assert.Equal(2, DisplayWidth.Of("\U0001FAB4")); // potted plant
        Assert.Equal(2, DisplayWidth.Of("\U0001F236")); // enclosed ideograph 有
    }
}
