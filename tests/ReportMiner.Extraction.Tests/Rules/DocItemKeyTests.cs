using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>The key a DocItem keeps once computed changes neither its equality nor what a copy with another text says.</summary>
public sealed class DocItemKeyTests
{
    [Fact]
    public void A_kept_key_leaves_equality_and_hash_to_the_data()
    {
        var asked = new DocItem(0, 1, "單  位", null, null, []);
        var fresh = new DocItem(0, 1, "單  位", null, null, []);
        Assert.Equal("单位", asked.Key);
        Assert.Equal(fresh, asked);
        Assert.Equal(fresh.GetHashCode(), asked.GetHashCode());
        Assert.NotEqual(asked with { Page = 2 }, fresh);
    }

    [Fact]
    public void A_copy_with_another_text_has_that_texts_key()
    {
        var item = new DocItem(0, 1, "項 目", null, null, []);
        Assert.Equal("项目", item.Key);
        var copy = item with { Text = "金 額" };
        Assert.Equal("金额", copy.Key);
        Assert.Equal("项目", item.Key);
    }
}
