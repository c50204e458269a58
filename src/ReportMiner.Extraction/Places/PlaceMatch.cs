namespace ReportMiner.Extraction.Places;

/// <summary>The place a text names, with official suffixes; a municipality is its own province and city (北京市).</summary>
public sealed record PlaceMatch(string? Province, string? City, string? District)
{
    internal static PlaceMatch Of(Place place) =>
        new(place.Province?.Name, place.City?.Name ?? MunicipalityCity(place), place.Level == PlaceLevel.District ? place.Name : null);

    // A municipality named only as a province (北京市) is also the city.
    private static string? MunicipalityCity(Place place) => place.Level == PlaceLevel.Province && place.Rank == 2 ? place.Name : null;
}
