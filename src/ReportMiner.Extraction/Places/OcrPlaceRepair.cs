using System.Collections.Frozen;
using System.Text;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Places;

/// <summary>
/// OCR misreads one character of a place name (鄂州市 → 哇州市, 海淀区 → 海演区, 旌德县 → 话德县), and the misread name
/// then names no place, so the department, city and district it carried are lost. A word of three to five Chinese
/// characters ending in a city's or county's suffix that is no name but differs in one character (not the suffix) from exactly one
/// gazetteer name that the document also names, or whose province or city it names, is read as that name. Prose words (全区, 核心区,
/// 年度市级) are one character away from some name too, but seldom from one in the report's own province or city.
/// </summary>
public sealed class OcrPlaceRepair
{
    private const int ShortestName = 3;
    private const int LongestName = 5;
    private const char Wildcard = '?';

    private static readonly Lazy<OcrPlaceRepair> LazyDefault = new(() => new OcrPlaceRepair(Gazetteer.Default));

    private readonly Gazetteer gazetteer;
    private readonly FrozenSet<string> names;
    private readonly FrozenDictionary<string, Place[]> byPattern;
    private readonly FrozenSet<char> suffixes;

    public OcrPlaceRepair(Gazetteer gazetteer)
    {
        this.gazetteer = gazetteer;
        // Provinces are left out: the few of them are named again by their cities, and "X东省" is as often a typo's neighbour.
        var full = gazetteer.Places.Where(p => p.Level != PlaceLevel.Province && p.Name.Length is >= ShortestName and <= LongestName).ToList();
        names = gazetteer.Places.Select(p => p.Name).ToFrozenSet(StringComparer.Ordinal);
        suffixes = full.Select(p => p.Name[^1]).ToFrozenSet();
        var patterns = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        foreach (var place in full)
            for (var i = 0; i < place.Name.Length - 1; i++)
            {
                var key = Pattern(place.Name, i);
                if (!patterns.TryGetValue(key, out var list)) patterns[key] = list = [];
                list.Add(place);
            }
        byPattern = patterns.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    public static OcrPlaceRepair Default => LazyDefault.Value;

    /// <summary>The places a document's text names, which a repaired name's parent must be among.</summary>
    public IReadOnlySet<Place> NamedIn(IEnumerable<string> texts) =>
        gazetteer.Mentions(string.Join('\n', texts)).SelectMany(m => m).ToHashSet();

    /// <summary>The text with each misread place name put right; the same length as the text.</summary>
    public string Repair(string text, IReadOnlySet<Place> named)
    {
        StringBuilder? repaired = null;
        for (var end = ShortestName - 1; end < text.Length; end++)
        {
            if (!suffixes.Contains(text[end])) continue;
            if (NameEndingAt(text, end, named) is not { } place) continue;
            repaired ??= new StringBuilder(text);
            var start = end + 1 - place.Name.Length;
            for (var i = 0; i < place.Name.Length; i++) repaired[start + i] = place.Name[i];
        }
        return repaired?.ToString() ?? text;
    }

    private Place? NameEndingAt(string text, int end, IReadOnlySet<Place> named)
    {
        // 区域, 县级, 市级: a suffix followed by these is a word of its own, not a name's end.
        if (end + 1 < text.Length && text[end + 1] is '级' or '域') return null;
        var longest = Math.Min(LongestName, end + 1);
        // A word that is a name, or ends one, is read right.
        for (var length = 2; length <= longest; length++)
            if (names.Contains(text.Substring(end + 1 - length, length))) return null;
        for (var length = ShortestName; length <= longest; length++)
        {
            var word = text.Substring(end + 1 - length, length);
            if (!AllHan(word)) return null;
            var candidates = new HashSet<Place>();
            for (var i = 0; i < length - 1; i++)
                if (byPattern.TryGetValue(Pattern(word, i), out var places))
                    candidates.UnionWith(places.Where(c => named.Any(c.IsSelfOrDescendantOf)));
            if (candidates.Count == 0) continue;
            return candidates.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() == 1 ? candidates.First() : null;
        }
        return null;
    }

    private static bool AllHan(string word)
    {
        foreach (var c in word)
            if (!TextKey.IsHan(c)) return false;
        return true;
    }

    private static string Pattern(string name, int index) =>
        string.Create(name.Length, (name, index), (span, s) =>
        {
            s.name.AsSpan().CopyTo(span);
            span[s.index] = Wildcard;
        });
}
