using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using ReportMiner.Extraction.Places;

namespace ReportMiner.Store.Indexing;

/// <summary>
/// Folds each token to lower case and simplified script (滿意度 → 满意度), and turns runs of adjacent Han characters
/// into overlapping bigrams: with unigrams, 满意度 is 满 满意 意 意度 度 (each bigram at its first character's position);
/// without, 满意 意度, and a Han character alone stays a unigram. Other tokens pass through folded.
/// The tokens are those of Lucene's LowerCaseFilter, a per-character script table and CJKBigramFilter for Han in a row
/// (a test compares them), without a filter per step or saving and restoring token state.
/// </summary>
internal sealed class HanGramFilter : TokenFilter
{
    private static readonly string Ideographic = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC];

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

    /// <summary>Per UTF-16 unit, its simplified form (units below U+3400 and surrogates as themselves).</summary>
    internal static char[] SimplifiedTable => Simplified.Value;

    private readonly bool _withUnigrams;
    private readonly char[] _simplified = Simplified.Value;
    private readonly CharacterUtils _characters = CharacterUtils.GetInstance(ChineseAnalyzer.Version);
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IPositionLengthAttribute _positionLength;
    private readonly ITypeAttribute _type;

    // Tokens made from one input token, emitted before the next is read.
    private readonly List<Gram> _out = [];
    private int _next;

    // The run of Han characters so far: its last code point and where it ended; whether it is one character long.
    private int _previous = -1;
    private int _previousStart;
    private int _runEnd;
    private int _runLength;

    // A token of another kind, passed through after the grams that precede it.
    private char[] _passText = new char[16];
    private int _passLength;
    private int _passStart;
    private int _passEnd;
    private int _passIncrement;
    private string _passType = "";

    public HanGramFilter(TokenStream input, bool withUnigrams) : base(input)
    {
        _withUnigrams = withUnigrams;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _positionLength = AddAttribute<IPositionLengthAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        while (_next == _out.Count)
        {
            _out.Clear();
            _next = 0;
            if (!m_input.IncrementToken())
            {
                EndRun();
                if (_out.Count == 0) return false;
                break;
            }
            Fold();
            if (_type.Type == Ideographic) AddHan();
            else
            {
                EndRun();
                Pass();
            }
        }
        Emit(_out[_next++]);
        return true;
    }

    private void Fold()
    {
        var buffer = _term.Buffer;
        var length = _term.Length;
        _characters.ToLower(buffer, 0, length);
        for (var i = 0; i < length; i++) buffer[i] = _simplified[buffer[i]];
    }

    /// <summary>Each code point of a Han token extends the run when the token starts where the run ended.</summary>
    private void AddHan()
    {
        var start = _offset.StartOffset;
        var end = _offset.EndOffset;
        if (start != _runEnd) EndRun();
        var buffer = _term.Buffer;
        var length = _term.Length;
        // Offsets per code point when they match the text; otherwise (a folded token changed length) the token's.
        var exact = end - start == length;
        for (var i = 0; i < length;)
        {
            var codePoint = char.IsHighSurrogate(buffer[i]) && i + 1 < length && char.IsLowSurrogate(buffer[i + 1])
                ? char.ConvertToUtf32(buffer[i], buffer[i + 1]) : buffer[i];
            var units = codePoint > char.MaxValue ? 2 : 1;
            var (from, to) = exact ? (start + i, start + i + units) : (start, end);
            if (_previous >= 0)
                _out.Add(new Gram(_previous, codePoint, _previousStart, to, _withUnigrams ? 0 : 1));
            if (_withUnigrams) _out.Add(new Gram(codePoint, -1, from, to, 1));
            _previous = codePoint;
            _previousStart = from;
            _runLength++;
            i += units;
        }
        _runEnd = end;
    }

    /// <summary>Without unigrams, a run of one character is kept as that character.</summary>
    private void EndRun()
    {
        if (!_withUnigrams && _runLength == 1) _out.Add(new Gram(_previous, -1, _previousStart, _runEnd, 1));
        _previous = -1;
        _runLength = 0;
    }

    private void Pass()
    {
        _passLength = _term.Length;
        if (_passText.Length < _passLength) _passText = new char[_passLength];
        Array.Copy(_term.Buffer, _passText, _passLength);
        (_passStart, _passEnd, _passIncrement, _passType) = (_offset.StartOffset, _offset.EndOffset, _increment.PositionIncrement, _type.Type);
        _out.Add(Gram.Passed);
    }

    private void Emit(Gram gram)
    {
        ClearAttributes();
        if (gram.First < 0)
        {
            _term.CopyBuffer(_passText, 0, _passLength);
            _offset.SetOffset(_passStart, _passEnd);
            _increment.PositionIncrement = _passIncrement;
            _type.Type = _passType;
            return;
        }
        var buffer = _term.ResizeBuffer(4);
        var length = Write(gram.First, buffer, 0);
        if (gram.Second >= 0) length = Write(gram.Second, buffer, length);
        _term.Length = length;
        _offset.SetOffset(gram.Start, gram.End);
        _increment.PositionIncrement = gram.Increment;
        _type.Type = gram.Second >= 0 ? CJKBigramFilter.DOUBLE_TYPE : CJKBigramFilter.SINGLE_TYPE;
        if (gram.Second >= 0 && _withUnigrams) _positionLength.PositionLength = 2;
    }

    /// <summary>Writes a code point (a lone surrogate as itself) at <paramref name="at"/>; returns where the next one goes.</summary>
    private static int Write(int codePoint, char[] buffer, int at)
    {
        if (codePoint <= char.MaxValue)
        {
            buffer[at] = (char)codePoint;
            return at + 1;
        }
        buffer[at] = (char)(((codePoint - 0x10000) >> 10) + 0xD800);
        buffer[at + 1] = (char)(((codePoint - 0x10000) & 0x3FF) + 0xDC00);
        return at + 2;
    }

    public override void Reset()
    {
        base.Reset();
        _out.Clear();
        _next = 0;
        _previous = -1;
        _runEnd = 0;
        _runLength = 0;
    }

    /// <summary>A unigram (Second &lt; 0) or bigram of the run, or (First &lt; 0) the passed-through token.</summary>
    private readonly record struct Gram(int First, int Second, int Start, int End, int Increment)
    {
        public static Gram Passed { get; } = new(-1, -1, 0, 0, 0);
    }
}
