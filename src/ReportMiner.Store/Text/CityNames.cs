using System.Reflection;
using System.Text;

namespace ReportMiner.Store.Text;

/// <summary>
/// The comparison key of a city: 广州, 广州市, 廣州市 and Guangzhou all give 广州. Stored with each project
/// and computed from user input, so the two always agree.
/// </summary>
public static class CityNames
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Romanised = new(Load);
    private static readonly string[] Suffixes = ["特别行政区", "自治州", "地区", "盟", "市"];

    public static string? Key(string? city)
    {
        var folded = ScriptFolding.Fold(city);
        if (folded.Length == 0) return null;
        var ascii = new string(folded.Where(char.IsLetter).ToArray());
        if (ascii.Length == folded.Length || (ascii.Length > 0 && folded.EndsWith("city", StringComparison.Ordinal)))
        {
            var word = ascii.EndsWith("city", StringComparison.Ordinal) ? ascii[..^4] : ascii;
            if (word.EndsWith("shi", StringComparison.Ordinal) && Romanised.Value.ContainsKey(word[..^3])) word = word[..^3];
            folded = Romanised.Value.TryGetValue(word, out var chinese) ? chinese : folded;
        }
        foreach (var suffix in Suffixes)
            if (folded.Length > suffix.Length + 1 && folded.EndsWith(suffix, StringComparison.Ordinal))
                return folded[..^suffix.Length];
        return folded;
    }

    private static IReadOnlyDictionary<string, string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ReportMiner.Store.Text.city-names.txt")
            ?? throw new InvalidOperationException("The city name table is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var fields = line.Split('\t');
            if (line.StartsWith('#') || fields.Length != 2) continue;
            foreach (var roman in fields[1].Split(','))
                map[new string(roman.Where(char.IsLetter).ToArray())] = fields[0];
        }
        return map;
    }
}
