using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Tests.Places;

public sealed class ChineseScriptTests
{
    [Theory]
    [InlineData("廣州市", "广州市")]
    [InlineData("長沙市嶽麓區", "长沙市岳麓区")]
    [InlineData("話務接通率", "话务接通率")]
    [InlineData("滿意度", "满意度")]
    [InlineData("熱綫", "热线")]
    [InlineData("預算執行率", "预算执行率")]
    public void Traditional_characters_become_simplified(string traditional, string simplified) =>
        Assert.Equal(simplified, ChineseScript.ToSimplified(traditional));

    [Fact]
    public void Simplified_and_latin_text_is_unchanged() =>
        Assert.Equal("广州市 12345 hotline ≥95%", ChineseScript.ToSimplified("广州市 12345 hotline ≥95%"));

    [Theory]
    [InlineData("项目成效显著")]
    [InlineData("什么")]
    [InlineData("著作权登记")]
    public void Simplified_words_whose_characters_also_appear_in_the_table_are_unchanged(string simplified) =>
        Assert.Equal(simplified, ChineseScript.ToSimplified(simplified));

    [Fact]
    public void Simplifying_twice_gives_the_same_text_as_simplifying_once()
    {
        var all = string.Concat(Enumerable.Range(0x3400, 0xA000 - 0x3400).Select(c => (char)c));
        var once = ChineseScript.ToSimplified(all);
        Assert.Equal(once, ChineseScript.ToSimplified(once));
    }
}
