using ReportMiner.Extraction.Taxonomy;

namespace ReportMiner.Extraction.Classification;

/// <summary>An indicator name as model input: its normalized text plus one token per taxonomy keyword hit.</summary>
public static class IndicatorFeatures
{
    public static readonly IReadOnlyList<string> Fields = ["Text", "Tokens"];

    public static ClassifierInput Of(string name, IndicatorTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        return new ClassifierInput
        {
            Text = TextFeatures.Normalize(name),
            Tokens = string.Join(' ', taxonomy.KeywordMatches(name).Select(key => "kw_" + key)),
        };
    }
}
