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

    private static Dictionary<string, string[]> Load() =>
        Read(EmbeddedData.Lines("Indicators.Data.category-evidence.tsv"), IndicatorTaxonomy.Default);

    /// <summary>
    /// Each category's evidence words from lines "key&lt;TAB&gt;-word" (drop a keyword) or "key&lt;TAB&gt;+word" (add one);
    /// a line that names no category of the taxonomy, or drops a word the category does not have, is an error here
    /// rather than a change that silently does nothing.
    /// </summary>
    public static Dictionary<string, string[]> Read(IEnumerable<string> lines, IndicatorTaxonomy taxonomy)
    {
        var changes = new List<(string Key, char Change, string Word)>();
        foreach (var line in lines)
        {
            var fields = line.Split('\t');
            if (fields.Length != 2 || fields[1].Length < 2 || fields[1][0] is not ('+' or '-'))
                throw new InvalidDataException($"category-evidence.tsv: \"{line}\" is not \"key<TAB>+word\" or \"key<TAB>-word\".");
            var category = taxonomy.Categories.FirstOrDefault(c => c.Key == fields[0])
                ?? throw new InvalidDataException($"category-evidence.tsv: \"{fields[0]}\" is no category of the taxonomy.");
            var word = fields[1][1..];
            if (fields[1][0] == '-' && !category.Keywords.Contains(word))
                throw new InvalidDataException($"category-evidence.tsv: \"{word}\" is no keyword of {fields[0]} to drop.");
            changes.Add((fields[0], fields[1][0], word));
        }
        return taxonomy.Categories.ToDictionary(c => c.Key, c =>
            c.Keywords.Where(k => !changes.Contains((c.Key, '-', k)))
                .Concat(changes.Where(x => x.Key == c.Key && x.Change == '+').Select(x => x.Word))
                .ToArray());
    }
}
