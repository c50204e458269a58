namespace ReportMiner.Parsing.Layout;

/// <summary>
/// The line-breaking criterion of a word processor: a line ends where the next line's first piece would not have
/// fitted. Chinese is broken at word boundaries (LibreOffice and Word keep 效益指标 as 效益|指标), so a wrapped line
/// may stop up to a word short of its cell's edge (丽江市自然资源|和规划局, 贵池区棠|溪镇); a Chinese word is taken as up to three
/// characters. A Latin line above is left to the edge test: a whole English word under a short header ("Partner" over
/// "Canada") would not have fitted either, yet starts the next row.
/// </summary>
internal static class LineBreaks
{
    private const int CjkWordGlyphs = 3;

    /// <summary>The width of the word the line below starts with (a Chinese one up to three characters, a Latin one to its
    /// space), never more than the whole fragment.</summary>
    public static double FirstWordWidth(Fragment below)
    {
        var text = below.Text;
        var space = text.IndexOf(' ');
        var latin = space > 0 ? space : text.Length;
        var word = CjkText.IsCjk(text[0]) ? Math.Min(CjkWordGlyphs, text.Length) : latin;
        return (below.X1 - below.X0) / text.Length * word;
    }

    /// <summary>Chinese text above was broken because the first word of the line below would not have fitted before limit.</summary>
    public static bool WouldNotFit(Fragment above, Fragment below, double limit) =>
        above.Text.Length > 0 && below.Text.Length > 0 && CjkText.IsCjk(above.Text[^1])
        && above.X1 + FirstWordWidth(below) > limit;
}
