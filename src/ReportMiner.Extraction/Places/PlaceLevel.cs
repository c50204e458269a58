namespace ReportMiner.Extraction.Places;

public enum PlaceLevel
{
    Province = 1,
    City = 2,
    District = 3,
}
