using ReportMiner.Store.Text;

namespace ReportMiner.Store.Searching;

/// <summary>Splits user text into folded terms. Quotes and FTS operators are ordinary characters here.</summary>
public static class SearchTerms
{
    public static IReadOnlyList<string> Parse(string text)
    {
        var terms = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(ScriptFolding.Fold)
            .Where(term => term.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (terms.Length == 0)
            throw new StoreException("The query is empty. Give a word to look for, e.g. reportminer search 满意度");
        return terms;
    }
}
