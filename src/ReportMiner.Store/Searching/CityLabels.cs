using System.Collections.Concurrent;

namespace ReportMiner.Store.Searching;

/// <summary>
/// A stored display name for each city key (the first name in code-point order among the projects of that key), kept
/// per store for the life of the process: a key's name does not change once stored, and looking it up on every search
/// would read every project of the city.
/// </summary>
internal static class CityLabels
{
    private static readonly ConcurrentDictionary<(string Store, string Key), string> Known = new();

    /// <summary>The names already known of some keys; <paramref name="missing"/> gets the keys to look up in the store.</summary>
    public static Dictionary<string, string> Of(string store, IEnumerable<string> keys, List<string> missing)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in keys)
            if (Known.TryGetValue((store, key), out var label)) labels[key] = label;
            else missing.Add(key);
        return labels;
    }

    public static void Remember(string store, string key, string label) => Known[(store, key)] = label;
}
