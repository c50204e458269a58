using System.Collections.Frozen;
using ReportMiner.Extraction.Grammar;

namespace ReportMiner.Extraction.Places;

/// <summary>Finds the places a text names (provinces, prefecture cities, districts and counties) in the
/// gazetteer data file, in simplified or traditional script.</summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> LazyDefault = new(() => new Gazetteer(EmbeddedData.Lines("Places.Data.gazetteer.tsv")));

    private readonly FrozenDictionary<string, Place[]> byName;
    private readonly FrozenDictionary<string, Place[]> byPinyin;
    private readonly int longestName;

    public Gazetteer(IEnumerable<string> tsvLines)
    {
        var rows = GazetteerData.Load(tsvLines);
        Places = rows.Select(r => r.Place).ToArray();
        var names = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        var pinyin = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            // Two-character district names (城区, 矿区, 东区) are ordinary words in prose.
            if (row.Place.Level != PlaceLevel.District || row.Place.Name.Length > 2) Add(names, row.Place.Name, row.Place);
            foreach (var alias in row.Aliases) Add(names, alias, row.Place);
            if (row.Pinyin.Length > 0) Add(pinyin, row.Pinyin, row.Place);
        }
        byName = names.ToFrozenDictionary(p => p.Key, p => Ordered(p.Value), StringComparer.Ordinal);
        byPinyin = pinyin.ToFrozenDictionary(p => p.Key, p => Ordered(p.Value), StringComparer.Ordinal);
        longestName = names.Keys.Max(k => k.Length);
    }

    public static Gazetteer Default => LazyDefault.Value;

    public IReadOnlyList<Place> Places { get; }

    /// <summary>The most specific place the text names consistently: a district mentioned with its own city or
    /// province beats an unrelated place; null when the text names no place.</summary>
    public PlaceMatch? Resolve(string text)
    {
        var mentions = Mentions(text);
        if (mentions.Count == 0) return null;
        var all = mentions.SelectMany(m => m).ToArray();
        var best = all
            .Select((place, order) => (place, order, support: mentions.Count(m => m.Any(place.IsSelfOrDescendantOf))))
            .OrderByDescending(c => c.support)
            .ThenByDescending(c => (int)c.place.Level)
            .ThenByDescending(c => c.place.Rank)
            .ThenBy(c => c.order)
            .First().place;
        return PlaceMatch.Of(best);
    }

    /// <summary>Every place mention in reading order; each is the set of places its words may mean.</summary>
    public IReadOnlyList<Place[]> Mentions(string text)
    {
        var s = ChineseScript.ToSimplified(CharWidth.ToHalfWidth(text ?? ""));
        var lookup = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        var mentions = new List<Place[]>();
        for (var i = 0; i < s.Length;)
        {
            var found = false;
            for (var length = Math.Min(longestName, s.Length - i); length >= 2; length--)
            {
                if (!lookup.TryGetValue(s.AsSpan(i, length), out var places)) continue;
                mentions.Add(Shallowest(places));
                i += length;
                found = true;
                break;
            }
            if (!found) i++;
        }
        return mentions;
    }

    /// <summary>The official city name for user input such as "广州", "廣州市", "Guangzhou" or "guang zhou";
    /// a district gives its city. Null when no city matches.</summary>
    public string? NormalizeCity(string input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var s = ChineseScript.ToSimplified(CharWidth.ToHalfWidth(input)).Trim();
        var key = new string(s.ToLowerInvariant().Where(char.IsAsciiLetter).ToArray());
        if (byName.TryGetValue(s, out var places) || byPinyin.TryGetValue(key, out places) || byPinyin.TryGetValue(WithoutCitySuffix(key), out places))
        {
            var city = places.Select(p => p.City ?? MunicipalityCity(p)).FirstOrDefault(c => c is not null);
            if (city is not null) return city.Name;
        }
        return Resolve(s)?.City;
    }

    private Place? MunicipalityCity(Place province) =>
        province.Rank == 2 && province.Level == PlaceLevel.Province
            ? Places.FirstOrDefault(p => p.Level == PlaceLevel.City && p.Parent == province)
            : null;

    private static string WithoutCitySuffix(string key)
    {
        foreach (var suffix in new[] { "city", "shi" })
            if (key.Length > suffix.Length + 2 && key.EndsWith(suffix, StringComparison.Ordinal)) return key[..^suffix.Length];
        return key;
    }

    // A name that is both a province and its city (吉林, 北京市) first means the province; 北京市 as a
    // municipality still reports itself as the city.
    private static Place[] Shallowest(Place[] places)
    {
        var level = places.Min(p => p.Level);
        return places.Where(p => p.Level == level).ToArray();
    }

    private static Place[] Ordered(List<Place> places) =>
        places.OrderByDescending(p => p.Rank).ThenBy(p => p.Level).ThenBy(p => p.Code, StringComparer.Ordinal).ToArray();

    private static void Add(Dictionary<string, List<Place>> index, string key, Place place)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        if (!list.Contains(place)) list.Add(place);
    }
}
