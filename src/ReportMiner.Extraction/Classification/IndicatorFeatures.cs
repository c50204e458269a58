using ReportMiner.Extraction.Taxonomy;

namespace ReportMiner.Extraction.Classification;

/// <summary>Features of an indicator name: character n-grams plus one feature per taxonomy keyword hit.</summary>
public static class IndicatorFeatures
{
    public static readonly FeatureSettings Settings = new(1, 3, 2);

    public static ISet<string> Of(string name, IndicatorTaxonomy taxonomy)
    {
        var features = new HashSet<string>(StringComparer.Ordinal);
        TextFeatures.AddNgrams(features, "", TextFeatures.Normalize(name), Settings.MinN, Settings.MaxN);
        foreach (var key in taxonomy.KeywordMatches(name)) features.Add("#kw:" + key);
        return features;
    }
}
