using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Tests.Places;

/// <summary>Places listed with the money each receives are the report's parts, not its place.</summary>
public sealed class AllocationListTests
{
    [Fact]
    public void Cities_listed_with_their_shares_of_a_fund_name_their_province_not_the_first_city()
    {
        var text = "自治区财政将资金切块下达各市，其中：柳州市500万元、桂林市300万元、梧州市200万元。";
        var place = Gazetteer.Default.Resolve(AllocationLists.AsParents(text));
        Assert.Equal(("广西壮族自治区", (string?)null), (place?.Province, place?.City));
    }

    [Fact]
    public void Counties_listed_with_their_shares_of_a_fund_name_their_city_not_the_first_county()
    {
        var text = "下达我市补助资金900万元，其中，磴口县300万元；五原县400万元；临河区200万元。";
        var place = Gazetteer.Default.Resolve(AllocationLists.AsParents(text));
        Assert.Equal(("巴彦淖尔市", (string?)null), (place?.City, place?.District));
    }

    [Fact]
    public void A_single_place_with_its_amount_is_still_the_place() =>
        Assert.Equal("磴口县", Gazetteer.Default.Resolve(AllocationLists.AsParents("磴口县300万元用于道路养护"))?.District);
}
