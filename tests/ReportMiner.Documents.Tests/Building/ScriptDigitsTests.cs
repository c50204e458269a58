using ReportMiner.Documents.Building;
using ReportMiner.Documents.Model;

namespace ReportMiner.Documents.Tests.Building;

/// <summary>Digits of any script are digits: the model holds them as ASCII, full-width ones as written.</summary>
public sealed class ScriptDigitsTests
{
    [Theory]
    [InlineData("预算٨٠万元", "预算80万元")]
    [InlineData("预算۸۰万元", "预算80万元")]
    [InlineData("预算८०万元", "预算80万元")]
    [InlineData("预算\U0001D7D6\U0001D7CE万元", "预算80万元")]
    [InlineData("预算\U0001D7E0\U0001D7D8万元", "预算80万元")]
    public void Decimal_digits_of_any_script_become_their_ascii_digits(string written, string read) =>
        Assert.Equal(read, ScriptDigits.ToAscii(written));

    [Theory]
    [InlineData("预算80万元")]
    [InlineData("预算８０万元")]
    [InlineData("完成率Ⅷ、①、八十、½")]
    [InlineData("表情\U0001F600与孤立代理\uD835字")]
    public void Ascii_and_full_width_digits_and_other_numerals_are_left_as_written(string text) =>
        Assert.Equal(text, ScriptDigits.ToAscii(text));

    [Fact]
    public void Paragraphs_cells_and_captions_a_parser_adds_hold_ascii_digits_and_offsets_that_fit_them()
    {
        var builder = new DocumentBuilder("x", FileFormat.Docx);
        builder.AddParagraph("河道清淤疏浚工程\U0001D7D6\U0001D7CE万元");
        builder.AddTable(new TableDraft(1) { Caption = "表٢" }.AddCell(0, 0, "年度资金总额").AddCell(0, 1, "٨٠"));
        var doc = builder.Build();

        Assert.Equal("河道清淤疏浚工程80万元", doc.Paragraphs.Single().Text);
        var table = doc.Tables.Single();
        Assert.Equal("表2", table.Caption);
        var cell = table.CellAt(0, 1)!;
        Assert.Equal("80", cell.Text);
        Assert.Equal("80", doc.Text.Substring(cell.Provenance.CharOffset, cell.Provenance.CharLength));
    }
}
