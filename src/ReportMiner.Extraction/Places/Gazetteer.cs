using System.Collections.Frozen;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Places;

/// <summary>Finds the places a text names (provinces, prefecture cities, districts and counties) in the
/// gazetteer data file, in simplified or traditional script.</summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> LazyDefault = new(() => new Gazetteer(EmbeddedData.Lines("Places.Data.gazetteer.tsv")));

    private readonly FrozenDictionary<string, Place[]> byName;
    private readonly FrozenDictionary<string, Place[]> byPinyin;
    private readonly FrozenDictionary<string, Place[]> shortCounties;
    private readonly int longestName;
    private readonly FrozenDictionary<char, ulong> nameLengthsByFirst;

    public Gazetteer(IEnumerable<string> tsvLines)
    {
        var rows = GazetteerData.Load(tsvLines);
        Places = rows.Select(r => r.Place).ToArray();
        var names = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        var pinyin = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        var counties = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            // Two-character district names (城区, 矿区, 东区) are ordinary words in prose; two-character counties
            // (攸县, 南县) are ordinary words inside others (示范县, 完成县级) and count only where a name may begin.
            if (row.Place.Level != PlaceLevel.District || row.Place.Name.Length > 2) Add(names, row.Place.Name, row.Place);
            else if (row.Place.Name.EndsWith('县')) Add(counties, row.Place.Name, row.Place);
            foreach (var alias in row.Aliases) Add(names, alias, row.Place);
            if (row.Pinyin.Length > 0) Add(pinyin, row.Pinyin, row.Place);
        }
        byName = names.ToFrozenDictionary(p => p.Key, p => Ordered(p.Value), StringComparer.Ordinal);
        byPinyin = pinyin.ToFrozenDictionary(p => p.Key, p => Ordered(p.Value), StringComparer.Ordinal);
        shortCounties = counties.ToFrozenDictionary(p => p.Key, p => Ordered(p.Value), StringComparer.Ordinal);
        longestName = names.Keys.Max(k => k.Length);
        nameLengthsByFirst = LengthsByFirst(names.Keys);
    }

    // Which name lengths begin with each character (bit n: a name of n characters, bit 63 any longer): the reader then
    // looks up only the lengths a name starting there can have, not every length up to the longest name's.
    private static FrozenDictionary<char, ulong> LengthsByFirst(IEnumerable<string> names)
    {
        var lengths = new Dictionary<char, ulong>();
        foreach (var name in names)
            if (name.Length > 0) lengths[name[0]] = lengths.GetValueOrDefault(name[0]) | LengthBit(name.Length);
        return lengths.ToFrozenDictionary();
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    public static Gazetteer Default => LazyDefault.Value;

    public IReadOnlyList<Place> Places { get; }

    /// <summary>The most specific place the text names consistently: a district mentioned with its own city or
    /// province beats an unrelated place; null when the text names no place.</summary>
    public PlaceMatch? Resolve(string text)
    {
        var mentions = Mentions(text);
        if (mentions.Count == 0) return null;
        var ranked = MentionSupport.Of(mentions)
            .Select(c => (place: c.Place, order: c.Order, support: c.Support))
            .OrderByDescending(c => c.support)
            .ThenByDescending(c => (int)c.place.Level)
            .ThenByDescending(c => c.place.Rank)
            .ThenBy(c => c.order)
            .ToList();
        var best = ranked[0];
        // A district name that several cities share (青山区: 武汉, 包头), named with neither's city nor province, says
        // which district it is, not where: the city and province are left unread rather than guessed.
        if (best.place.Level == PlaceLevel.District && ranked.Any(c => c.place.Code != best.place.Code
                && c.place.Name == best.place.Name && c.support == best.support))
            return new PlaceMatch(null, null, best.place.Name);
        return PlaceMatch.Of(best.place);
    }

    /// <summary>Every place mention in reading order; each is the set of places its words may mean.</summary>
    public IReadOnlyList<Place[]> Mentions(string text) => Spans(text).Select(m => m.Places).ToList();

    /// <summary>The text without the place names it mentions ("延边州2022年" → "2022年"), in simplified script.</summary>
    public string WithoutPlaces(string text)
    {
        var s = Normalized(text);
        var rest = new System.Text.StringBuilder(s.Length);
        var at = 0;
        foreach (var (start, length, _) in Spans(text))
        {
            rest.Append(s, at, start - at);
            at = start + length;
        }
        return rest.Append(s, at, s.Length - at).ToString();
    }

    internal static string Normalized(string? text) => ChineseScript.ToSimplified(CharWidth.ToHalfWidth(text ?? ""));

    /// <summary>Each place mention with where it stands in <see cref="Normalized"/> text.</summary>
    internal List<(int Start, int Length, Place[] Places)> Spans(string? text)
    {
        var s = Normalized(text);
        var lookup = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        var counties = shortCounties.GetAlternateLookup<ReadOnlySpan<char>>();
        var mentions = new List<(int, int, Place[])>();
        for (var i = 0; i < s.Length;)
        {
            var found = false;
            var lengths = nameLengthsByFirst.GetValueOrDefault(s[i]);
            for (var length = Math.Min(longestName, s.Length - i); length >= 2 && lengths != 0; length--)
            {
                if ((lengths & LengthBit(length)) == 0 || !lookup.TryGetValue(s.AsSpan(i, length), out var places)) continue;
                if (HidesInWords(places, length, s, i) && !AfterYear(s, i)
                    && !CountyMayStart(s, i, mentions.Count > 0 ? mentions[^1] : default, places)) continue;
                mentions.Add((i, length, Shallowest(places)));
                i += length;
                found = true;
                break;
            }
            if (found) continue;
            if (i + 2 <= s.Length && counties.TryGetValue(s.AsSpan(i, 2), out var county)
                && CountyMayStart(s, i, mentions.Count > 0 ? mentions[^1] : default, county))
            {
                mentions.Add((i, 2, county));
                i += 2;
                continue;
            }
            i++;
        }
        return mentions;
    }

    /// <summary>
    /// A two-character county stands where a name begins: at a line's or clause's start ("攸县卫生健康局"), after a
    /// preposition ("为南县建设", "由南县不动产登记中心负责实施": 由 names who does it), or right after its own province or prefecture ("益阳市南县"); not inside a word
    /// (示范县, 健康县城) nor before 级/城/域 (完成县级).
    /// </summary>
    private static bool CountyMayStart(string s, int i, (int Start, int Length, Place[] Places) previous, Place[] county)
    {
        if (i + 2 < s.Length && s[i + 2] is '级' or '城' or '域') return false;
        if (i == 0 || !TextKey.IsHan(s[i - 1]) || Prepositions.Contains(s[i - 1])) return true;
        return previous.Places is not null && previous.Start + previous.Length == i
            && county.Any(c => previous.Places.Any(p => c.IsSelfOrDescendantOf(p)));
    }

    private const string Prepositions = "到为在于对向至赴的由";

    private static readonly string[] WordTails = EmbeddedData.Lines("Places.Data.word-tails.tsv").Select(l => l.Trim()).ToArray();

    // A title opens with its year and then its place ("2022年应城市…项目"); a year ends no word the name could hide in.
    private static bool AfterYear(string s, int i) => i >= 2 && s[i - 1] == '年' && char.IsAsciiDigit(s[i - 2]);

    /// <summary>A three-character county whose last two characters are an ordinary word (应城市: 城市), read from text
    /// where its first character may end the word before it ("不适应城市发展", "沿海城市").</summary>
    private static bool HidesInWords(Place[] places, int length, string s, int i) =>
        length == 3 && places.All(p => p.Level == PlaceLevel.District)
        && WordTails.Any(t => t.Length == 2 && string.CompareOrdinal(s, i + 1, t, 0, 2) == 0);


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
