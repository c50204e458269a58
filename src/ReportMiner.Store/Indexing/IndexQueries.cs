using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using ReportMiner.Store.Text;

namespace ReportMiner.Store.Indexing;

/// <summary>
/// Builds Lucene queries from folded user terms. Nothing the user types is query syntax: each term is analyzed
/// like the text and becomes a phrase of its tokens (an exact substring match), filters are exact terms.
/// </summary>
internal static class IndexQueries
{
    // Indicator names outweigh their context (levels, project, department, place); an exact name leads.
    private const float NameBoost = 4f;
    private const float ExactNameBoost = 8f;

    /// <summary>The query for indicators, or null when some term has nothing searchable (it matches nothing).</summary>
    public static Query? Indicators(IReadOnlyList<string> terms, Filters filters, bool nameOnly = false)
    {
        // Only indicator entries have name and context fields, so no clause on the entry type is needed.
        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            var name = Phrase(IndexFields.Name, term);
            if (name is null) return null;
            name.Boost = NameBoost;
            if (nameOnly)
            {
                query.Add(name, Occur.MUST);
                continue;
            }
            // The context holds no single characters (ChineseAnalyzer): a 1-character term asks the names alone.
            if (IsOneHanCharacter(term))
            {
                query.Add(name, Occur.MUST);
                continue;
            }
            var either = new BooleanQuery { { name, Occur.SHOULD }, { Phrase(IndexFields.Context, term)!, Occur.SHOULD } };
            query.Add(either, Occur.MUST);
        }
        if (terms.Count == 1 && !nameOnly)
            query.Add(new TermQuery(new Term(IndexFields.NameExact, terms[0])) { Boost = ExactNameBoost }, Occur.SHOULD);
        filters.AddTo(query, withCategory: true);
        return query;
    }

    /// <summary>The query for pages of document text (category does not apply to a page).</summary>
    public static Query? Pages(IReadOnlyList<string> terms, Filters filters)
    {
        // Only page entries have a text field.
        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            var phrase = Phrase(IndexFields.PageText, term);
            if (phrase is null) return null;
            query.Add(phrase, Occur.MUST);
        }
        filters.AddTo(query, withCategory: false);
        return query;
    }

    /// <summary>Whether a folded term is one Han character (its only query-side token a single one, not a word or number).</summary>
    public static bool IsOneHanCharacter(string term)
    {
        using var stream = ChineseAnalyzer.ForQuery.GetTokenStream(IndexFields.Name, term);
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        var tokens = 0;
        var single = false;
        while (stream.IncrementToken())
        {
            tokens++;
            single = type.Type == Lucene.Net.Analysis.Cjk.CJKBigramFilter.SINGLE_TYPE;
        }
        stream.End();
        return tokens == 1 && single;
    }

    /// <summary>A folded term as the phrase of its query-side tokens; null when it has none (only punctuation).</summary>
    public static Query? Phrase(string field, string term)
    {
        var tokens = new List<(string Text, int Position)>();
        using (var stream = ChineseAnalyzer.ForQuery.GetTokenStream(field, term))
        {
            var text = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            var position = -1;
            while (stream.IncrementToken())
            {
                position += increment.PositionIncrement;
                tokens.Add((text.ToString(), position));
            }
            stream.End();
        }
        if (tokens.Count == 0) return null;
        if (tokens.Count == 1) return new TermQuery(new Term(field, tokens[0].Text));
        var phrase = new PhraseQuery();
        foreach (var (text, position) in tokens) phrase.Add(new Term(field, text), position);
        return phrase;
    }
}

/// <summary>
/// Filters on indexed fields. Several values of one field are alternatives (OR); fields all apply (AND).
/// Cities are given as the user writes them (广州, 广州市, Guangzhou) and matched by city key.
/// </summary>
internal sealed record Filters(IReadOnlyList<string> Cities, IReadOnlyList<int> Years, string? Category, string? ReportKind)
{
    public static Filters None { get; } = new([], [], null, null);

    public void AddTo(BooleanQuery query, bool withCategory)
    {
        AnyOf(query, IndexFields.City, Cities.Select(c => CityNames.Key(c) ?? c));
        AnyOf(query, IndexFields.Year, Years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (withCategory && Category is not null) AnyOf(query, IndexFields.Category, [Category]);
        if (ReportKind is not null) AnyOf(query, IndexFields.ReportKind, [ReportKind]);
    }

    private static void AnyOf(BooleanQuery query, string field, IEnumerable<string> values)
    {
        var distinct = values.Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length == 0) return;
        // A filter must not change the ranking: it matches with a constant zero score.
        Query filter = distinct.Length == 1
            ? new TermQuery(new Term(field, distinct[0]))
            : distinct.Aggregate(new BooleanQuery(), (any, v) => { any.Add(new TermQuery(new Term(field, v)), Occur.SHOULD); return any; });
        query.Add(new ConstantScoreQuery(filter) { Boost = 0f }, Occur.MUST);
    }
}
