using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Places;
using ReportMiner.Extraction.Taxonomy;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Whether an indicator name carries the wording of a category (Indicators/Data/category-evidence.tsv): the
/// taxonomy's keywords, less those too generic, plus a few more.
/// </summary>
public static class CategoryEvidence
{
    private static readonly Lazy<Dictionary<string, string[]>> Words = new(Load);

    public static bool Shows(string category, string name)
    {
        if (!Words.Value.TryGetValue(category, out var words)) return false;
        var s = ChineseScript.ToSimplified(CharWidth.ToHalfWidth(name));
        return words.Any(w => s.Contains(w, StringComparison.Ordinal));
    }

    private static Dictionary<string, string[]> Load()
    {
        var changes = EmbeddedData.Lines("Indicators.Data.category-evidence.tsv").Select(l => l.Split('\t')).ToList();
        return IndicatorTaxonomy.Default.Categories.ToDictionary(c => c.Key, c =>
            c.Keywords.Where(k => !changes.Any(x => x[0] == c.Key && x[1] == "-" + k))
                .Concat(changes.Where(x => x[0] == c.Key && x[1].StartsWith('+')).Select(x => x[1][1..]))
                .ToArray());
    }
}
