using FsCheck;
using FsCheck.Fluent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using ReportMiner.Store.Indexing;

namespace ReportMiner.Store.Tests;

/// <summary>
/// The one-pass tokenizer against the chain it replaces (StandardTokenizer, CJKWidthFilter, HanGramFilter): the same
/// terms, position increments and lengths, offsets and types, and the same end state, for every character it cuts
/// itself in every word-break context, and for random texts of Han (simplified and traditional), ASCII, full-width
/// forms, punctuation and characters it leaves to the chain.
/// </summary>
public sealed class ReportTokenizerTests
{
    private static readonly Analyzer[] Current = [new ChainAnalyzer(true), new ChainAnalyzer(false)];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_character_it_cuts_itself_is_cut_as_by_the_chain_in_every_word_break_context(bool withUnigrams)
    {
        var known = Enumerable.Range(0, char.MaxValue + 1).Where(c => ReportTokenizer.Classes[c] != 0).Select(c => (char)c).ToList();
        Assert.True(known.Count > 20_000);
        var texts = known.Chunk(16).Select(chars => string.Join(" ", chars.Select(c =>
            $"a{c}a 1{c}1 {c}:a {c},1 {c}.{c} _{c} {c}_ {c}{c} 满{c} {c}满 a{c}满 1{c}a A{c}1 ａ{c}ｂ １{c}２ {c}'x x'{c} {c}")));
        foreach (var text in texts) AssertSame(withUnigrams, text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("满意度")]
    [InlineData("滿意度ＫＰＩ与kpi，98.5%")]
    [InlineData("a.b.c a..b 1,000.5 1.a.2 a.1 _ __ _a a_ a_.b 1_2 a'b 1'2 x: :x ,1 1,")]
    [InlineData("１．５ ｘ：ｙ ＿ａ　満意")]
    [InlineData("Guǎngzhōu Shì ÀÉÎÕÜ Straße İstanbul ſ Œuvre ☑是﹝1﹞")]
    [InlineData("ｶﾞ がぱ 가나 𠀀𠀁 a\u0301b")]
    public void Texts_are_cut_as_by_the_chain(string text)
    {
        Assert.Equal(!text.StartsWith('ｶ'), ReportTokenizer.CutsItself(text));
        AssertSame(true, text);
        AssertSame(false, text);
    }

    [Fact]
    public void A_word_as_long_as_the_chains_limit_is_left_to_the_chain()
    {
        foreach (var length in new[] { 253, 254, 255, 256, 300 })
        {
            var text = "满意 " + new string('x', length) + " 度";
            AssertSame(true, text);
            AssertSame(false, "1.2 " + new string('7', length) + ".5");
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 3000)]
    public Property Random_texts_are_cut_as_by_the_chain() =>
        Prop.ForAll(Texts.ToArbitrary(), text =>
        {
            AssertSame(true, text);
            AssertSame(false, text);
            Assert.Equal(Tokens(new ChainAnalyzer(true), text, IndexFields.Context), Tokens(ChineseAnalyzer.ForIndex, text, IndexFields.Context));
        });

    // Mostly characters the tokenizer cuts itself, now and then one it leaves to the chain.
    private static readonly string[] Pieces =
    [
        .. "满意度滿預算率接通热线服務質量項目绩效评价年度资金万元亿"
            .Select(c => c.ToString()),
        .. "abcxyzABCXYZ0123456789.,:;'_-%/ \n\t\"()".Select(c => c.ToString()),
        .. "ＡＢｃｘ１２９．，：；＇＿－％／（）＂".Select(c => c.ToString()),
        .. "　，。、：；（）《》【】“”‘’·‧…—–≥≤×÷±°‰℃№①⒈■□○●※￥".Select(c => c.ToString()),
        "ｶﾞ", "ﾊﾟ", "が", "ア", "가", "\u0301", "\u200d", "\ufe0f", "𠀀", "々", "〇", "\u00ad", "é", "ß", "Ⅲ", "Ⓐ", "\u0085", "\u0001",
    ];

    private static readonly Gen<string> Texts =
        from count in Gen.Choose(0, 60)
        from pieces in Gen.ListOf(Gen.Frequency(
            (30, Gen.Elements(Pieces[..^18])),
            (1, Gen.Elements(Pieces[^18..])),
            (1, Gen.Choose(1, 0xD7FF).Select(c => ((char)c).ToString()))), count)
        from longWord in Gen.Frequency((20, Gen.Constant("")), (1, Gen.Choose(250, 260).Select(n => new string('q', n))))
        select string.Concat(pieces) + longWord;

    private static void AssertSame(bool withUnigrams, string text)
    {
        var field = IndexFields.Name;
        var expected = Tokens(Current[withUnigrams ? 0 : 1], text, field);
        var actual = Tokens(withUnigrams ? ChineseAnalyzer.ForIndex : ChineseAnalyzer.ForQuery, text, field);
        Assert.Equal(expected, actual);
    }

    private static List<string> Tokens(Analyzer analyzer, string text, string field)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var length = stream.AddAttribute<IPositionLengthAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add($"{term}+{increment.PositionIncrement}/{length.PositionLength} {offset.StartOffset}-{offset.EndOffset} {type.Type}");
        stream.End();
        tokens.Add($"end +{increment.PositionIncrement} {offset.StartOffset}-{offset.EndOffset}");
        return tokens;
    }

    /// <summary>The analysis before the one-pass tokenizer: StandardTokenizer, CJKWidthFilter, HanGramFilter.</summary>
    private sealed class ChainAnalyzer(bool withUnigrams) : Analyzer(PER_FIELD_REUSE_STRATEGY)
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(ChineseAnalyzer.Version, reader);
            return new TokenStreamComponents(source, new HanGramFilter(new CJKWidthFilter(source), withUnigrams && fieldName != IndexFields.Context));
        }
    }
}
