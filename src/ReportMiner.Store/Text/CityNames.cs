using ReportMiner.Extraction.Places;

namespace ReportMiner.Store.Text;

/// <summary>
/// The comparison key of a city: 广州, 广州市, 廣州市 and Guangzhou all give 广州. Stored with each project
/// and computed from user input, so the two always agree. Names the gazetteer does not know are folded as written.
/// </summary>
public static class CityNames
{
    private static readonly string[] Suffixes = ["特别行政区", "自治州", "地区", "盟", "市"];

    public static string? Key(string? city)
    {
        if (string.IsNullOrWhiteSpace(city)) return null;
        var name = ScriptFolding.Fold(Gazetteer.Default.NormalizeCity(city) ?? city);
        foreach (var suffix in Suffixes)
            if (name.Length > suffix.Length + 1 && name.EndsWith(suffix, StringComparison.Ordinal))
                return name[..^suffix.Length];
        return name;
    }
}
