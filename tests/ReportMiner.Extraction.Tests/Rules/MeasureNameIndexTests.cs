using ReportMiner.Extraction.Indicators;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A goal's actual is the first stated measure whose name holds the goal's stem, found by look-up, not by a scan.</summary>
public sealed class MeasureNameIndexTests
{
    [Fact]
    public void The_first_name_that_holds_the_text_is_found_wherever_in_the_name_the_text_stands()
    {
        var index = new MeasureNameIndex(["群众满意度", "回访满意率", "话务接通率", "回访满意率均值"]);
        Assert.Equal(1, index.FirstHolding("满意率"));
        Assert.Equal(0, index.FirstHolding("满意"));
        Assert.Equal(2, index.FirstHolding("话务接通"));
        Assert.Null(index.FirstHolding("验收合格"));
    }

    [Fact]
    public void A_text_longer_than_the_indexed_pieces_is_found_in_the_first_name_holding_all_of_it()
    {
        var opening = new string('甲', MeasureNameIndex.LongestPiece);
        var index = new MeasureNameIndex([opening + "乙丙率", opening + "丁戊率", "其他" + opening + "丁戊率"]);
        Assert.Equal(1, index.FirstHolding(opening + "丁戊"));
        Assert.Equal(0, index.FirstHolding(opening + "乙"));
        Assert.Null(index.FirstHolding(opening + "己"));
    }
}
