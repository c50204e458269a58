using ReportMiner.Parsing.Pipeline;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Word;

public sealed class DocxNumberingTests
{
    private const string Numbering =
        "<w:abstractNum w:abstractNumId=\"0\">" +
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/><w:suff w:val=\"nothing\"/></w:lvl>" +
        "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>" +
        "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%3.\"/></w:lvl>" +
        "</w:abstractNum>" +
        "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\uF0B7\"/></w:lvl></w:abstractNum>" +
        "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"10\"/></w:lvlOverride></w:num>" +
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>";

    private const string Styles =
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:pPr><w:numPr><w:numId w:val=\"1\"/><w:ilvl w:val=\"0\"/></w:numPr></w:pPr></w:style>" +
        "<w:style w:type=\"paragraph\" w:styleId=\"ReportHeading\"><w:basedOn w:val=\"Heading1\"/></w:style>";

    private static string Numbered(string text, int level) =>
        $"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>";

    private static string Styled(string text) =>
        $"<w:p><w:pPr><w:pStyle w:val=\"ReportHeading\"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>";

    [Fact]
    public void Automatic_heading_numbers_are_written_into_the_text_in_reading_order()
    {
        var body = Styled("基本情况") + Numbered("项目概况", 1) + Numbered("资金", 2) + Numbered("产出", 2) +
            Numbered("绩效目标", 1) + Numbered("总体目标", 2) + Styled("绩效评价") +
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr></w:pPr><w:r><w:t>要点</w:t></w:r></w:p>";
        using var dir = new TempDirectory();

        var document = DefaultDocumentReader.Create().Read(DocxFactory.Write(dir.File("n.docx"), body, Numbering, Styles));

        Assert.Equal(["一、基本情况", "（一）项目概况", "1.资金", "2.产出", "（二）绩效目标", "1.总体目标", "二、绩效评价", "要点"],
            document.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_restarted_list_counts_in_chinese_numerals_past_ten()
    {
        var paragraph = "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr><w:r><w:t>项</w:t></w:r></w:p>";
        using var dir = new TempDirectory();

        var document = DefaultDocumentReader.Create().Read(DocxFactory.Write(dir.File("n.docx"), string.Concat(Enumerable.Repeat(paragraph, 12)), Numbering, Styles));

        Assert.Equal(["十、项", "十一、项", "二十、项", "二十一、项"], document.Paragraphs.Select(p => p.Text).Where((_, i) => i is 0 or 1 or 10 or 11));
    }
}
