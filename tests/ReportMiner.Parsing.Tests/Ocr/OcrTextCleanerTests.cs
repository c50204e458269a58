using ReportMiner.Parsing.Ocr;

namespace ReportMiner.Parsing.Tests.Ocr;

public sealed class OcrTextCleanerTests
{
    [Theory]
    [InlineData("９４．０７％", "94.07%")]
    [InlineData("100％", "100%")]
    [InlineData("13，410.06", "13,410.06")]
    [InlineData("94。07", "94.07")]
    [InlineData("1O0%", "100%")]
    [InlineData("|12", "12")]
    [InlineData("11.70|", "11.70")]
    [InlineData("月度话务接通率", "月度话务接通率")]
    public void Number_confusions_are_repaired(string raw, string expected) =>
        Assert.Equal(expected, OcrTextCleaner.Clean(raw));

    [Theory]
    [InlineData("|")]
    [InlineData("丨")]
    [InlineData("_")]
    [InlineData("' .")]
    public void Border_fragments_and_lone_marks_are_dropped(string raw) => Assert.Null(OcrTextCleaner.Clean(raw));

    [Theory]
    [InlineData("(")]
    [InlineData(")")]
    [InlineData(":")]
    [InlineData(";")]
    public void Brackets_and_colons_that_tesseract_reads_as_words_of_their_own_are_kept(string raw) =>
        Assert.Equal(raw, OcrTextCleaner.Clean(raw));

    [Theory]
    [InlineData("工作，借")]
    [InlineData("Oracle")]
    [InlineData("l2")]
    public void Text_that_only_looks_numeric_at_its_edges_is_left_alone(string raw) => Assert.Equal(raw, OcrTextCleaner.Clean(raw));

    [Theory]
    [InlineData("9 4.07", "9407")]
    [InlineData("５,", "5")]
    [InlineData("，5", "5")]
    [InlineData("12%，", "12")]
    [InlineData("之95%", "95")]
    [InlineData("O0", "0")]
    public void Cleaning_keeps_the_digits_it_was_given_and_adds_none(string raw, string digits) =>
        Assert.Equal(digits, new string(OcrTextCleaner.Clean(raw)!.Where(char.IsAsciiDigit).ToArray()));
}
