using System.Text.Json;
using System.Text.Json.Serialization;
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
        var categories = JsonSerializer.Deserialize(json, TaxonomyJsonContext.Default.ListIndicatorCategory)
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

/// <summary>Reads the taxonomy file by code generated at compile time (the natively compiled worker has no reflection).</summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(List<IndicatorCategory>))]
internal sealed partial class TaxonomyJsonContext : JsonSerializerContext;
