using System.Text.Json;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Taxonomy;

/// <summary>The indicator categories (Taxonomy/Data/indicator-categories.json) and their keyword matches.</summary>
public sealed class IndicatorTaxonomy
{
    public const string Other = "other";

    private static readonly Lazy<IndicatorTaxonomy> LazyDefault = new(() => FromJson(EmbeddedData.Text("Taxonomy.Data.indicator-categories.json")));

    public IndicatorTaxonomy(IReadOnlyList<IndicatorCategory> categories) => Categories = categories;

    public static IndicatorTaxonomy Default => LazyDefault.Value;

    public IReadOnlyList<IndicatorCategory> Categories { get; }

    public IEnumerable<string> Keys => Categories.Select(c => c.Key);

    public static IndicatorTaxonomy FromJson(string json)
    {
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        var categories = JsonSerializer.Deserialize<List<IndicatorCategory>>(json, options)
            ?? throw new InvalidDataException("The indicator taxonomy is empty.");
        return new IndicatorTaxonomy(categories);
    }

    /// <summary>Keys of the categories with a keyword in the name (simplified or traditional script).</summary>
    public IReadOnlyList<string> KeywordMatches(string name)
    {
        var s = ChineseScript.ToSimplified(CharWidth.ToHalfWidth(name));
        return Categories.Where(c => c.Keywords.Any(k => s.Contains(k, StringComparison.Ordinal))).Select(c => c.Key).ToArray();
    }
}
