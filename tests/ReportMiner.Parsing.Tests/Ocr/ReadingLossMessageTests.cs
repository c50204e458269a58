using System.Text.RegularExpressions;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Ocr;

public sealed class ReadingLossMessageTests
{
    [Fact]
    public void No_parser_spells_out_the_lost_content_phrase_instead_of_using_the_shared_constant()
    {
        var sources = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "ReportMiner.Parsing"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFileName(f) != "ReadingLosses.cs");
        var spelled = sources.Where(f => File.ReadAllText(f).Contains(ReadingLosses.Missing, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Empty(spelled);
    }

    [Fact]
    public void Every_parser_warning_that_names_a_page_left_unread_is_recognised_as_a_reading_loss()
    {
        // A warning may span lines ("cond ? $\"…\" : $\"…\""), so each line that words a lost page is checked on its own.
        var lostPage = new Regex(@"\$""[^""]*(not read|is missing|absent)");
        var unrecognised = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "ReportMiner.Parsing"), "*Parser.cs", SearchOption.AllDirectories)
            .SelectMany(File.ReadLines)
            .Where(line => lostPage.IsMatch(line) && !line.Contains("throw ", StringComparison.Ordinal)
                && !line.Contains("ReadingLosses.", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(unrecognised);
    }

    [Theory]
    [InlineData("Page 4 has no text layer and no OCR engine is configured; its {0}.")]
    [InlineData("Page 4: OCR found no text in its image. Its {0}.")]
    [InlineData("Pages 9 and after hold only images and the OCR page limit (8) was reached; their {0}.")]
    public void A_message_built_on_the_shared_phrase_is_a_reading_loss(string format) =>
        Assert.True(ReadingLosses.Describes(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, ReadingLosses.Missing)));
}
