using System.Globalization;
using System.Reflection;
using System.Text;

namespace ReportMiner.Store.Text;

/// <summary>
/// Folds text into the one form the index holds: simplified script, NFKC (full-width to ASCII),
/// lower case, no whitespace. Queries go through the same fold, so 滿意度 finds 满意度.
/// </summary>
public static class ScriptFolding
{
    private static readonly Lazy<IReadOnlyDictionary<char, char>> Pairs = new(LoadPairs);

    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var map = Pairs.Value;
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c)) continue;
            builder.Append(map.TryGetValue(c, out var simplified) ? simplified : char.ToLower(c, CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    private static IReadOnlyDictionary<char, char> LoadPairs()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ReportMiner.Store.Text.traditional-to-simplified.txt")
            ?? throw new InvalidOperationException("The traditional-to-simplified table is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var pairs = new Dictionary<char, char>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length != 2 || line[0] == '#' || line[0] == line[1]) continue;
            pairs[line[0]] = line[1];
        }
        return pairs;
    }
}
