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
    // The table as one lookup per UTF-16 unit, built once: a rebuild folds over a hundred million tokens.
    private static readonly Lazy<char[]> Simplified = new(() =>
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = (char)c;
            if (c >= 0x3400 && !char.IsSurrogate((char)c)) table[c] = ChineseScript.ToSimplified(((char)c).ToString())[0];
        }
        return table;
    });

    private readonly ICharTermAttribute _term;
    private readonly char[] _simplified = Simplified.Value;

    public SimplifiedScriptFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++) buffer[i] = _simplified[buffer[i]];
        return true;
    }
}
