using System.Globalization;

namespace ReportMiner.Parsing.Pdf.Objects;

/// <summary>
/// A lenient reader of a PDF's objects, enough to walk the page tree and read content streams. It finds
/// objects by scanning the file rather than trusting the cross-reference table, so damaged files still
/// yield what is intact; objects packed in object streams are read too.
/// </summary>
public sealed class PdfFile
{
    private readonly ReadOnlyMemory<byte> _data;
    private readonly Dictionary<int, int> _offsets = [];
    private readonly Dictionary<int, object?> _cache = [];
    private readonly HashSet<int> _resolving = [];

    // References resolved while resolving others (a stream's /Length pointing at another stream …) nest; a hostile
    // chain must not exhaust the stack.
    private const int MaxResolveDepth = 32;

    private PdfFile(ReadOnlyMemory<byte> data)
    {
        _data = data;
        ScanObjects();
        IsEncrypted = data.Span.IndexOf("/Encrypt"u8) >= 0;
        LoadObjectStreams();
    }

    public bool IsEncrypted { get; }

    public static PdfFile Open(byte[] bytes) => new(bytes);

    public object? Resolve(object? value)
    {
        for (var hops = 0; value is PdfRef r && hops < 32; hops++) value = Get(r.Number);
        return value is PdfRef ? null : value;
    }

    public object? Get(int number)
    {
        if (_cache.TryGetValue(number, out var cached)) return cached;
        if (!_offsets.TryGetValue(number, out var offset) || _resolving.Count >= MaxResolveDepth || !_resolving.Add(number)) return null;
        try
        {
            var value = ParseAt(offset);
            _cache[number] = value;
            return value;
        }
        finally { _resolving.Remove(number); }
    }

    public T? Get<T>(PdfDictionary dict, string key) where T : class => Resolve(dict[key]) as T;

    public double? Number(object? value) => Resolve(value) as double?;

    public IEnumerable<PdfDictionary> AllDictionaries() =>
        _offsets.Keys.Union(_cache.Keys).ToList().Select(Get).Select(v => v switch { PdfDictionary d => d, PdfStream s => s.Dictionary, _ => null })
            .OfType<PdfDictionary>();

    private object? ParseAt(int offset)
    {
        var lexer = new PdfLexer(_data, offset);
        var value = lexer.Read();
        if (value is not PdfDictionary dict) return value;
        var afterValue = lexer.Position;
        lexer.SkipWhitespace();
        if (lexer.ReadWord() != "stream") { lexer.Position = afterValue; return dict; }
        var start = SkipEol(lexer.Position);
        return new PdfStream(dict, _data.Slice(start, StreamLength(dict, start) ?? 0));
    }

    private int SkipEol(int p)
    {
        var span = _data.Span;
        if (p < span.Length && span[p] == '\r') p++;
        if (p < span.Length && span[p] == '\n') p++;
        return p;
    }

    private int? StreamLength(PdfDictionary dict, int start)
    {
        var declared = dict["Length"] is PdfRef r ? Resolve(r) as double? : dict["Length"] as double?;
        var span = _data.Span;
        if (declared is { } d && d >= 0 && start + (int)d <= span.Length
            && span.Slice(start + (int)d, Math.Min(20, span.Length - start - (int)d)).IndexOf("endstream"u8) >= 0)
            return (int)d;
        var end = span[start..].IndexOf("endstream"u8);
        if (end < 0) return span.Length - start;
        while (end > 0 && PdfLexer.IsSpace(span[start + end - 1])) end--;
        return end;
    }

    // Records "N G obj" positions in file order (later definitions win) and jumps over stream bodies.
    private void ScanObjects()
    {
        var span = _data.Span;
        var p = 0;
        while (p < span.Length)
        {
            var hit = span[p..].IndexOf("obj"u8);
            if (hit < 0) break;
            var at = p + hit;
            p = at + 3;
            if (!TryObjectNumber(span, at, out var number)) continue;
            _offsets[number] = p;
            var streamAt = span[p..].IndexOf("stream"u8);
            var endObj = span[p..].IndexOf("endobj"u8);
            if (streamAt >= 0 && (endObj < 0 || streamAt < endObj))
            {
                var end = span[(p + streamAt + 6)..].IndexOf("endstream"u8);
                p = end < 0 ? span.Length : p + streamAt + 6 + end + 9;
            }
        }
    }

    private static bool TryObjectNumber(ReadOnlySpan<byte> span, int objAt, out int number)
    {
        number = 0;
        if (objAt + 3 < span.Length && !PdfLexer.IsSpace(span[objAt + 3]) && span[objAt + 3] is not ((byte)'<' or (byte)'[' or (byte)'/')) return false;
        var i = objAt - 1;
        if (i < 0 || !PdfLexer.IsSpace(span[i])) return false;
        while (i >= 0 && PdfLexer.IsSpace(span[i])) i--;
        var genEnd = i;
        while (i >= 0 && char.IsAsciiDigit((char)span[i])) i--;
        if (i == genEnd || i < 0 || !PdfLexer.IsSpace(span[i])) return false;
        while (i >= 0 && PdfLexer.IsSpace(span[i])) i--;
        var numEnd = i;
        while (i >= 0 && char.IsAsciiDigit((char)span[i])) i--;
        if (i == numEnd) return false;
        return int.TryParse(span[(i + 1)..(numEnd + 1)], NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }

    private void LoadObjectStreams()
    {
        foreach (var number in _offsets.Keys.ToList())
        {
            if (Get(number) is not PdfStream { } s || Get<PdfName>(s.Dictionary, "Type")?.Value != "ObjStm") continue;
            var decoded = PdfStreamDecoder.Decode(s, this);
            var first = (int)(Number(s.Dictionary["First"]) ?? 0);
            var count = (int)(Number(s.Dictionary["N"]) ?? 0);
            if (decoded is null || first <= 0 || first > decoded.Length) continue;
            var header = new PdfLexer(decoded);
            for (var i = 0; i < count; i++)
            {
                if (header.Read(resolveRefs: false) is not double num || header.Read(resolveRefs: false) is not double off) break;
                var objNumber = (int)num;
                if (_offsets.ContainsKey(objNumber) || _cache.ContainsKey(objNumber)) continue;
                if (first + (int)off >= decoded.Length) continue;
                _cache[objNumber] = new PdfLexer(decoded, first + (int)off).Read();
            }
        }
    }
}
