using Lucene.Net.Analysis;
using Lucene.Net.Util;

namespace ReportMiner.Store.Indexing;

/// <summary>
/// Report text as index tokens: Unicode words (numbers and English words whole, lower case), full-width folded to
/// half-width, traditional characters folded to simplified, and runs of Han characters as overlapping bigrams.
/// The index side also keeps every single character of indicator names and page text (so 1-character queries match
/// and every substring is found); the query side uses bigrams only, so a query of n characters is a phrase of its n-1
/// bigrams. An indicator's context (levels, project, department, place) is indexed as bigrams only: it is four fifths
/// of an indicator entry's text and repeats its project's for every indicator, and a 1-character query is a question
/// about names and pages, not about every indicator of a 市 or a 局.
/// </summary>
internal sealed class ChineseAnalyzer(bool withUnigrams) : Analyzer(PER_FIELD_REUSE_STRATEGY)
{
    public static LuceneVersion Version => LuceneVersion.LUCENE_48;

    public static ChineseAnalyzer ForIndex { get; } = new(withUnigrams: true);

    public static ChineseAnalyzer ForQuery { get; } = new(withUnigrams: false);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        // StandardTokenizer, CJKWidthFilter and HanGramFilter (lower case, simplified script and the Han grams) in one pass
        // over the text, which falls back on that chain for characters it does not know.
        return new TokenStreamComponents(new ReportTokenizer(reader, withUnigrams && fieldName != IndexFields.Context));
    }
}
