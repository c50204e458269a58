using ReportMiner.Parsing.Pdf;

namespace ReportMiner.Parsing.Tests.Pdf;

public sealed class BboxLayoutReaderTests
{
    private const string Xhtml = """
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml">
        <head><title></title><meta name="Producer" content="odd\u0002producer"/></head>
        <body><doc>
          <page width="595.3" height="841.9"><flow><block xMin="1" yMin="2" xMax="3" yMax="4"><line xMin="1" yMin="2" xMax="3" yMax="4">
            <word xMin="56.8" yMin="30.5" xMax="89.8" yMax="44.8">广州市</word>
            <word xMin="92.0" yMin="30.5" xMax="115.5" yMax="44.8">A&amp;B&lt;1&gt;</word>
            <word xMin="120" yMin="30.5" xMax="130" yMax="44.8">x</word>
          </line></block></flow></page>
          <page width="300" height="200">
          </page>
        </doc></body></html>
        """;

    [Fact]
    public void Pages_and_word_boxes_are_read_with_entities_decoded_and_control_characters_tolerated()
    {
        var pages = BboxLayoutReader.Read(Xhtml.Replace("\\u0002", "\u0002", StringComparison.Ordinal).Replace("x</word>", "x\u0019</word>", StringComparison.Ordinal));

        Assert.Equal(2, pages.Count);
        Assert.Equal((1, 595.3, 841.9), (pages[0].PageNumber, pages[0].Width, pages[0].Height));
        Assert.Equal(["广州市", "A&B<1>", "x"], pages[0].Words.Select(w => w.Text));
        Assert.Equal((92.0, 30.5, 115.5, 44.8), (pages[0].Words[1].XMin, pages[0].Words[1].YMin, pages[0].Words[1].XMax, pages[0].Words[1].YMax));
        Assert.Equal((2, 0), (pages[1].PageNumber, pages[1].Words.Count));
    }
}
