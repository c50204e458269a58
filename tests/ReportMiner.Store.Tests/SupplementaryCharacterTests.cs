using ReportMiner.Store.Data;
using ReportMiner.Store.Searching;
using ReportMiner.Store.Text;
using ReportMiner.TestSupport;

namespace ReportMiner.Store.Tests;

/// <summary>Characters outside the BMP (𠮷, 𡌶 in names and places) are two UTF-16 units; search must not trip on them.</summary>
public sealed class SupplementaryCharacterTests
{
    [Fact]
    public void A_highlight_after_a_character_outside_the_BMP_starts_where_the_term_starts()
    {
        Assert.Equal([(3, 3)], Snippets.Find("𠮷祥接通率达标", ["接通率"]));
    }

    [Fact]
    public void A_highlight_of_a_character_outside_the_BMP_covers_both_of_its_units()
    {
        Assert.Equal([(0, 3)], Snippets.Find("𠮷祥热线", [ScriptFolding.Fold("𠮷祥")]));
    }

    [Fact]
    public void Folding_text_with_a_lone_surrogate_replaces_it_instead_of_throwing()
    {
        Assert.Equal("满意\uFFFD度", ScriptFolding.Fold("满意\uD842度"));
    }

    [Fact]
    public void Search_finds_and_shows_a_page_that_holds_a_character_outside_the_BMP()
    {
        using var dir = new TempDirectory();
        var db = StoreFixture.NewStore(dir, StoreEngine.Sqlite);
        StoreFixture.Import(db, StoreFixture.WriteReport(dir, "in/r.txt", "某市|2023|𠮷祥热线运行经费|𠮷祥热线接通率||≥90%|95%"));
        using var connection = StoreFixture.Open(db);

        var result = new SearchService(connection).Search(new SearchQuery("接通率"));

        Assert.Contains("𠮷祥", Assert.Single(result.Indicators).Indicator);
        Assert.Contains(result.Pages, p => p.Snippet.Contains("𠮷祥热线接通率"));
    }
}
