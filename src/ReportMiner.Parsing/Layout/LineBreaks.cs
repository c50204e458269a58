namespace ReportMiner.Parsing.Layout;

/// <summary>
/// The line-breaking criterion of a word processor: a line ends where the next line's first piece would not have
/// fitted. Chinese is broken at word boundaries (LibreOffice and Word keep 效益指标 as 效益|指标), so a wrapped line
/// may stop up to a word short of its cell's edge; a word is taken as two characters, a Latin word as far as its space.
/// </summary>
internal static class LineBreaks
{
    private const int CjkWordGlyphs = 2;

    /// <summary>The width of the piece the line below starts with, never more than the whole fragment.</summary>
    public static double FirstPieceWidth(Fragment below)
    {
        var text = below.Text;
        if (text.Length == 0) return 0;
        var glyph = (below.X1 - below.X0) / text.Length;
        var space = text.IndexOf(' ');
        var latin = space > 0 ? space : text.Length;
        var cjk = CjkText.IsCjk(text[0]) ? Math.Min(CjkWordGlyphs, text.Length) : text.Length;
        return glyph * Math.Min(latin, cjk);
    }

    /// <summary>The line above was broken because the first piece of the line below would not have fitted before limit.</summary>
    public static bool WouldNotFit(Fragment above, Fragment below, double limit) => above.X1 + FirstPieceWidth(below) > limit;
}
