using System.Runtime.CompilerServices;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace ReportMiner.Store.Indexing;

/// <summary>
/// The tokens of StandardTokenizer, CJKWidthFilter and <see cref="HanGramFilter"/> in a row, made in one pass over the
/// text: the text is read into a buffer, and when every character of it is one this class knows the word-break class
/// of (Han, ASCII and full-width letters, digits and punctuation, accented Latin letters, common CJK and general
/// punctuation and symbols, white space), words and Han grams are cut from the buffer directly (UAX #29's rules for
/// those classes: letters and digits join, <c>. : ' ,</c> and their kin join letters or digits on both sides, <c>_</c>
/// joins anything word-like), folded by one table (width, lower case, simplified script). Any other character (kana,
/// Hangul, marks, surrogates, controls, rarer symbols) or a word run of 255 characters or more (StandardTokenizer skips
/// over-long words) sends the whole text through the filter chain instead. Tests compare the tokens, positions, offsets
/// and types with the chain's.
/// </summary>
internal sealed class ReportTokenizer : Tokenizer
{
    private const byte Unknown = 0, Separator = 1, Letter = 2, Digit = 3, MidLetter = 4, MidNum = 5, MidNumLet = 6, Underscore = 7, Han = 8;

    // StandardTokenizer skips longer words; runs that long are left to it.
    private const int LongestRun = 254;

    private const int LargestKeptBuffer = 1 << 15;

    private static readonly string Alphanumeric = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.ALPHANUM];
    private static readonly string Numeric = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM];

    /// <summary>Per UTF-16 unit: the word-break class this tokenizer handles it as, or <see cref="Unknown"/>.</summary>
    internal static readonly byte[] Classes = BuildClasses();

    /// <summary>Per UTF-16 unit: half width, lower case, simplified script (as CJKWidthFilter and HanGramFilter fold a token).</summary>
    private static readonly char[] Folded = BuildFolded();

    private readonly bool _withUnigrams;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IPositionLengthAttribute _positionLength;
    private readonly ITypeAttribute _type;

    private char[] _text = new char[512];
    private int _length;
    private int _at;
    // With unigrams, a Han character's unigram follows the bigram it ends.
    private int _unigramAt = -1;

    // The filter chain, for texts with a character this class does not know.
    private Chain? _chain;
    private bool _chained;

    public ReportTokenizer(TextReader input, bool withUnigrams) : base(input)
    {
        _withUnigrams = withUnigrams;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _positionLength = AddAttribute<IPositionLengthAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        _length = 0;
        int read;
        while ((read = m_input.Read(_text, _length, _text.Length - _length)) > 0)
        {
            _length += read;
            if (_length == _text.Length) Array.Resize(ref _text, _text.Length * 2);
        }
        _at = 0;
        _unigramAt = -1;
        _chained = !Handles(_text, _length);
        if (_chained)
        {
            _chain ??= new Chain(_withUnigrams);
            _chain.Start(new string(_text, 0, _length));
        }
    }

    /// <summary>Whether the tokenizer cuts this text itself, without the chain.</summary>
    internal static bool CutsItself(string text) => Handles(text.ToCharArray(), text.Length);

    /// <summary>Whether every character's class is known and no run of word characters is as long as StandardTokenizer's limit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Handles(char[] text, int length)
    {
        var classes = Classes;
        var run = 0;
        for (var i = 0; i < length; i++)
        {
            var kind = classes[text[i]];
            if (kind == Unknown) return false;
            if (kind is Separator or Han) run = 0;
            else if (++run > LongestRun) return false;
        }
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool IncrementToken()
    {
        if (_chained) return _chain!.Next(this);
        ClearAttributes();
        var text = _text;
        var classes = Classes;
        if (_unigramAt >= 0)
        {
            Unigram(_unigramAt);
            _unigramAt = -1;
            return true;
        }
        while (_at < _length)
        {
            var at = _at;
            var kind = classes[text[at]];
            if (kind == Han)
            {
                _at = at + 1;
                var inRun = at > 0 && classes[text[at - 1]] == Han;
                if (_withUnigrams)
                {
                    if (!inRun)
                    {
                        Unigram(at);
                        return true;
                    }
                    Bigram(at - 1, 0, 2);
                    _unigramAt = at;
                    return true;
                }
                if (inRun)
                {
                    Bigram(at - 1, 1, 1);
                    return true;
                }
                // Without unigrams a Han character alone stays a unigram; the first of a longer run gives nothing yet.
                if (_at < _length && classes[text[_at]] == Han) continue;
                Unigram(at);
                return true;
            }
            if (kind is Letter or Digit or Underscore)
            {
                var end = at;
                var letters = false;
                var words = false;
                while (end < _length)
                {
                    var next = classes[text[end]];
                    if (next is Letter or Digit or Underscore)
                    {
                        letters |= next == Letter;
                        words |= next != Underscore;
                        end++;
                        continue;
                    }
                    // A middle character joins letter to letter (WB6/7) or digit to digit (WB11/12).
                    if (next is MidLetter or MidNum or MidNumLet && end + 1 < _length)
                    {
                        var before = classes[text[end - 1]];
                        var after = classes[text[end + 1]];
                        if ((before == Letter && after == Letter && next != MidNum) || (before == Digit && after == Digit && next != MidLetter))
                        {
                            end++;
                            continue;
                        }
                    }
                    break;
                }
                _at = end;
                if (!words) continue;
                var buffer = _term.ResizeBuffer(end - at);
                var folded = Folded;
                for (var i = at; i < end; i++) buffer[i - at] = folded[text[i]];
                _term.Length = end - at;
                _offset.SetOffset(CorrectOffset(at), CorrectOffset(end));
                _type.Type = letters ? Alphanumeric : Numeric;
                return true;
            }
            _at = at + 1;
        }
        return false;
    }

    private void Unigram(int at)
    {
        var buffer = _term.ResizeBuffer(1);
        buffer[0] = Folded[_text[at]];
        _term.Length = 1;
        _offset.SetOffset(CorrectOffset(at), CorrectOffset(at + 1));
        _type.Type = CJKBigramFilter.SINGLE_TYPE;
    }

    private void Bigram(int at, int increment, int positionLength)
    {
        var buffer = _term.ResizeBuffer(2);
        buffer[0] = Folded[_text[at]];
        buffer[1] = Folded[_text[at + 1]];
        _term.Length = 2;
        _offset.SetOffset(CorrectOffset(at), CorrectOffset(at + 2));
        _increment.PositionIncrement = increment;
        _positionLength.PositionLength = positionLength;
        _type.Type = CJKBigramFilter.DOUBLE_TYPE;
    }

    public override void End()
    {
        base.End();
        if (_chained) _chain!.End(this);
        else
        {
            var end = CorrectOffset(_length);
            _offset.SetOffset(end, end);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        _chain?.Close();
        // The analyzer keeps one tokenizer per thread for the life of the process: a long page must not keep its buffer.
        if (_text.Length > LargestKeptBuffer) _text = new char[512];
    }

    private static byte[] BuildClasses()
    {
        var classes = new byte[char.MaxValue + 1];
        void Set(int from, int to, byte kind)
        {
            for (var c = from; c <= to; c++) classes[c] = kind;
        }
        foreach (var c in "\t\n\v\f\r !\"#$%&()*+-/<=>?@[\\]^`{|}~") classes[c] = Separator;
        Set('a', 'z', Letter);
        Set('A', 'Z', Letter);
        Set('0', '9', Digit);
        classes[':'] = MidLetter;
        classes[','] = MidNum;
        classes[';'] = MidNum;
        classes['.'] = MidNumLet;
        classes['\''] = MidNumLet; // Single_Quote: in the same rules as MidNumLet
        classes['_'] = Underscore;
        // Full-width ASCII: as its half-width form.
        for (var c = 0xFF01; c <= 0xFF5E; c++) classes[c] = classes[c - 0xFEE0];
        // Latin letters with accents (Latin-1, Latin Extended-A, pinyin's tone marks): letters, lower-cased as the chain does.
        Set(0x00C0, 0x017F, Letter);
        Set(0x01CD, 0x01DC, Letter);
        foreach (var c in "\u00A7\u00B0\u00B1\u00D7\u00F7") classes[c] = Separator;
        classes['\u00B7'] = MidLetter;
        Set(0x2010, 0x2017, Separator);
        classes['\u2018'] = MidNumLet;
        classes['\u2019'] = MidNumLet;
        Set(0x201A, 0x2023, Separator);
        classes['\u2024'] = MidNumLet;
        classes['\u2025'] = Separator;
        classes['\u2026'] = Separator;
        classes['\u2027'] = MidLetter;
        Set(0x2030, 0x203B, Separator);
        classes['\u2103'] = Separator;
        classes['\u2116'] = Separator;
        Set(0x2190, 0x21FF, Separator);
        Set(0x2200, 0x22FF, Separator);
        Set(0x2460, 0x249B, Separator);
        Set(0x2500, 0x25FF, Separator);
        classes['\u2605'] = Separator;
        classes['\u2606'] = Separator;
        Set(0x2610, 0x2612, Separator);
        Set(0x3000, 0x3004, Separator);
        Set(0x3008, 0x301F, Separator);
        Set(0x3400, 0x4DB5, Han);
        Set(0x4E00, 0x9FCC, Han);
        Set(0xFE59, 0xFE5E, Separator);
        Set(0xFF5F, 0xFF64, Separator);
        Set(0xFFE0, 0xFFE6, Separator);
        return classes;
    }

    private static char[] BuildFolded()
    {
        var simplified = HanGramFilter.SimplifiedTable;
        var folded = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var half = c is >= 0xFF01 and <= 0xFF5E ? c - 0xFEE0 : c;
            var lower = half is >= 'A' and <= 'Z' ? half + 32 : half < 0x0180 ? char.ToLowerInvariant((char)half) : half is >= 0x01CD and <= 0x01DC ? char.ToLowerInvariant((char)half) : half;
            folded[c] = simplified[lower];
        }
        return folded;
    }

    /// <summary>StandardTokenizer, CJKWidthFilter and HanGramFilter, whose tokens are copied into the tokenizer's attributes.</summary>
    private sealed class Chain
    {
        private readonly StandardTokenizer _source;
        private readonly TokenStream _stream;
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private readonly IPositionIncrementAttribute _increment;
        private readonly IPositionLengthAttribute _positionLength;
        private readonly ITypeAttribute _type;
        private bool _open;

        public Chain(bool withUnigrams)
        {
            _source = new StandardTokenizer(ChineseAnalyzer.Version, new StringReader(""));
            _stream = new HanGramFilter(new CJKWidthFilter(_source), withUnigrams);
            _term = _stream.AddAttribute<ICharTermAttribute>();
            _offset = _stream.AddAttribute<IOffsetAttribute>();
            _increment = _stream.AddAttribute<IPositionIncrementAttribute>();
            _positionLength = _stream.AddAttribute<IPositionLengthAttribute>();
            _type = _stream.AddAttribute<ITypeAttribute>();
            // The tokenizer's first reader is taken up by the first Reset; closed here so that Start can set the next.
            _stream.Reset();
            _stream.End();
            _stream.Dispose();
        }

        public void Start(string text)
        {
            Close();
            _source.SetReader(new StringReader(text));
            _stream.Reset();
            _open = true;
        }

        public bool Next(ReportTokenizer into)
        {
            if (!_stream.IncrementToken()) return false;
            into.ClearAttributes();
            into._term.CopyBuffer(_term.Buffer, 0, _term.Length);
            into._offset.SetOffset(into.CorrectOffset(_offset.StartOffset), into.CorrectOffset(_offset.EndOffset));
            into._increment.PositionIncrement = _increment.PositionIncrement;
            into._positionLength.PositionLength = _positionLength.PositionLength;
            into._type.Type = _type.Type;
            return true;
        }

        public void End(ReportTokenizer into)
        {
            _stream.End();
            into._offset.SetOffset(into.CorrectOffset(_offset.StartOffset), into.CorrectOffset(_offset.EndOffset));
            into._increment.PositionIncrement = _increment.PositionIncrement;
        }

        public void Close()
        {
            if (!_open) return;
            _stream.Dispose();
            _open = false;
        }
    }
}
