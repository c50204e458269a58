using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using ReportMiner.Extraction.Places;

namespace ReportMiner.Store.Indexing;

/// <summary>
/// Report text as index tokens: Unicode words (numbers and English words whole, lower case), full-width folded to
/// half-width, traditional characters folded to simplified, and runs of Han characters as overlapping bigrams.
/// The index side also keeps every single character (so 1-character queries match and every substring of a name is
/// found); the query side uses bigrams only, so a query of n characters is a phrase of its n-1 bigrams.
/// </summary>
internal sealed class ChineseAnalyzer(bool withUnigrams) : Analyzer
{
    public static LuceneVersion Version => LuceneVersion.LUCENE_48;

    public static ChineseAnalyzer ForIndex { get; } = new(withUnigrams: true);

    public static ChineseAnalyzer ForQuery { get; } = new(withUnigrams: false);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new SimplifiedScriptFilter(stream);
        stream = new CJKBigramFilter(stream, CJKScript.HAN, withUnigrams);
        return new TokenStreamComponents(source, stream);
    }
}

/// <summary>Folds each token to simplified script with the project's traditional→simplified table (滿意度 → 满意度).</summary>
internal sealed class SimplifiedScriptFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public SimplifiedScriptFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = _term.Buffer;
        var length = _term.Length;
        var han = false;
        for (var i = 0; i < length && !han; i++) han = buffer[i] >= '\u3400';
        if (!han) return true;
        var folded = ChineseScript.ToSimplified(new string(buffer, 0, length));
        if (folded.Length == length) folded.CopyTo(0, buffer, 0, length);
        return true;
    }
}
