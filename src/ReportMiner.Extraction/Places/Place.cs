namespace ReportMiner.Extraction.Places;

/// <summary>One administrative division of the gazetteer, by its official name (with 省/市/区/县 suffix).</summary>
public sealed record Place(string Code, PlaceLevel Level, string Name, Place? Parent, int Rank)
{
    public Place? Province => Level == PlaceLevel.Province ? this : Parent?.Province;

    public Place? City => Level switch
    {
        PlaceLevel.City => this,
        // A county the province governs directly (文昌市) belongs to no prefecture.
        PlaceLevel.District => Parent?.Level == PlaceLevel.City ? Parent : null,
        _ => null,
    };

    public bool IsSelfOrDescendantOf(Place other)
    {
        for (Place? p = this; p is not null; p = p.Parent)
            if (ReferenceEquals(p, other)) return true;
        return false;
    }
}
