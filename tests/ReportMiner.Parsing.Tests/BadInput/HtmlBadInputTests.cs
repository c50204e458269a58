using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Pipeline;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.BadInput;

public sealed class HtmlBadInputTests
{
    private static DocumentParseException Fails(string path)
    {
        var ex = Assert.Throws<DocumentParseException>(() => DefaultDocumentReader.Create().Read(path));
        Assert.Contains(Path.GetFileName(path), ex.Message);
        return ex;
    }

    [Fact]
    public void A_file_that_starts_like_html_but_is_binary_is_reported_as_corrupt()
    {
        using var dir = new TempDirectory();
        var noise = new byte[32 * 1024];
        new Random(7).NextBytes(noise);
        for (var i = 0; i < noise.Length; i += 3) noise[i] = (byte)(i % 9);
        File.WriteAllBytes(dir.File("page.html"), "<html><body>"u8.ToArray().Concat(noise).ToArray());

        Assert.Equal(ParseErrorKind.Corrupt, Fails(dir.File("page.html")).Kind);
    }

    [Fact]
    public void Random_bytes_named_html_are_reported_as_unsupported()
    {
        using var dir = new TempDirectory();
        var noise = new byte[4096];
        new Random(11).NextBytes(noise);
        noise[0] = 0;
        File.WriteAllBytes(dir.File("page.htm"), noise);

        Assert.Equal(ParseErrorKind.Unsupported, Fails(dir.File("page.htm")).Kind);
    }

    [Fact]
    public void A_page_nested_thousands_of_levels_deep_is_refused_without_crashing()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("deep.html"), "<html><body>" + string.Concat(Enumerable.Repeat("<div><span>", 2_000)) + "深</body></html>");

        Assert.Equal(ParseErrorKind.Corrupt, Fails(dir.File("deep.html")).Kind);
    }
}
