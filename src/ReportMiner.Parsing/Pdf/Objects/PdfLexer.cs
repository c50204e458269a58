using System.Globalization;
using System.Text;

namespace ReportMiner.Parsing.Pdf.Objects;

/// <summary>Reads PDF tokens and objects from bytes: used both for file objects and for content streams.</summary>
public sealed class PdfLexer(ReadOnlyMemory<byte> data, int position = 0)
{
    private const int MaxDepth = 64;
    private readonly ReadOnlyMemory<byte> _data = data;

    public int Position { get; set; } = position;

    public bool AtEnd
    {
        get { SkipWhitespace(); return Position >= _data.Length; }
    }

    /// <summary>Next value, or a <see cref="PdfOperator"/> for a bare keyword; null at the end.</summary>
    public object? Read(bool resolveRefs = true, int depth = 0)
    {
        if (depth > MaxDepth) throw new FormatException("PDF object nesting too deep.");
        SkipWhitespace();
        var span = _data.Span;
        if (Position >= span.Length) return null;
        var c = span[Position];
        switch (c)
        {
            case (byte)'/': return ReadName();
            case (byte)'(': return ReadLiteralString();
            case (byte)'[': return ReadArray(resolveRefs, depth);
            case (byte)'<' when Position + 1 < span.Length && span[Position + 1] == '<': return ReadDictionary(resolveRefs, depth);
            case (byte)'<': return ReadHexString();
            case (byte)']' or (byte)'>' or (byte)')' or (byte)'{' or (byte)'}':
                Position++;
                return new PdfOperator(((char)c).ToString());
        }
        if (c is (byte)'-' or (byte)'+' or (byte)'.' || (c >= '0' && c <= '9'))
        {
            var start = Position;
            if (TryReadNumber(out var number)) return resolveRefs ? (object?)TryReference(number) ?? number : number;
            Position = start;
        }
        var word = ReadWord();
        return word switch
        {
            "true" => true,
            "false" => false,
            "null" => null,
            _ => new PdfOperator(word),
        };
    }

    // Content streams are mostly numbers: parse them from the bytes without allocating a string.
    private bool TryReadNumber(out double value)
    {
        var span = _data.Span;
        var negative = false;
        value = 0;
        if (span[Position] is (byte)'-' or (byte)'+') negative = span[Position++] == '-';
        double scale = 0;
        var digits = 0;
        while (Position < span.Length)
        {
            var b = span[Position];
            if (b >= '0' && b <= '9')
            {
                value = value * 10 + (b - '0');
                if (scale > 0) scale *= 10;
                digits++;
            }
            else if (b == '.' && scale == 0) scale = 1;
            else break;
            Position++;
        }
        if (scale > 1) value /= scale;
        if (negative) value = -value;
        return digits > 0 && IsDelimiterOrEnd(Position);
    }

    /// <summary>Skips a text object (after BT) up to and including its ET; strings inside may contain anything.</summary>
    public void SkipTextObject()
    {
        var span = _data.Span;
        var p = Position;
        while (p < span.Length)
        {
            var b = span[p];
            if (b == '(')
            {
                var nesting = 1;
                p++;
                while (p < span.Length && nesting > 0)
                {
                    if (span[p] == '\\') p++;
                    else if (span[p] == '(') nesting++;
                    else if (span[p] == ')') nesting--;
                    p++;
                }
                continue;
            }
            if (b == '<' && p + 1 < span.Length && span[p + 1] != '<')
            {
                var end = span[p..].IndexOf((byte)'>');
                p = end < 0 ? span.Length : p + end + 1;
                continue;
            }
            if (b == 'E' && p + 1 < span.Length && span[p + 1] == 'T' && (p == 0 || IsDelimiterOrSpace(span[p - 1]))
                && IsDelimiterOrEnd(p + 2))
            {
                Position = p + 2;
                return;
            }
            p++;
        }
        Position = span.Length;
    }

    private PdfRef? TryReference(double first)
    {
        var save = Position;
        if (first != Math.Floor(first) || first < 0) return null;
        SkipWhitespace();
        var second = ReadWord();
        if (second.Length > 0 && second.All(char.IsAsciiDigit))
        {
            SkipWhitespace();
            if (Position < _data.Length && _data.Span[Position] == 'R' && IsDelimiterOrEnd(Position + 1))
            {
                Position++;
                return new PdfRef((int)first, int.Parse(second, CultureInfo.InvariantCulture));
            }
        }
        Position = save;
        return null;
    }

    private List<object?> ReadArray(bool resolveRefs, int depth)
    {
        Position++;
        var list = new List<object?>();
        while (true)
        {
            var item = Read(resolveRefs, depth + 1);
            if (item is PdfOperator { Name: "]" } || (item is null && AtEnd)) return list;
            list.Add(item);
        }
    }

    private PdfDictionary ReadDictionary(bool resolveRefs, int depth)
    {
        Position += 2;
        var entries = new Dictionary<string, object?>();
        while (true)
        {
            SkipWhitespace();
            var span = _data.Span;
            if (Position >= span.Length) break;
            if (span[Position] == '>' && Position + 1 < span.Length && span[Position + 1] == '>') { Position += 2; break; }
            var key = Read(resolveRefs, depth + 1);
            if (key is not PdfName name) continue;
            entries[name.Value] = Read(resolveRefs, depth + 1);
        }
        return new PdfDictionary(entries);
    }

    private PdfName ReadName()
    {
        Position++;
        var raw = ReadWord();
        if (!raw.Contains('#')) return new PdfName(raw);
        var sb = new StringBuilder();
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '#' && i + 2 < raw.Length && byte.TryParse(raw.AsSpan(i + 1, 2), NumberStyles.HexNumber, null, out var b))
            {
                sb.Append((char)b);
                i += 2;
            }
            else sb.Append(raw[i]);
        }
        return new PdfName(sb.ToString());
    }

    private PdfString ReadLiteralString()
    {
        var span = _data.Span;
        Position++;
        var bytes = new List<byte>();
        var nesting = 1;
        while (Position < span.Length)
        {
            var c = span[Position++];
            if (c == '\\' && Position < span.Length) { bytes.Add(span[Position++]); continue; }
            if (c == '(') nesting++;
            else if (c == ')' && --nesting == 0) break;
            bytes.Add(c);
        }
        return new PdfString(bytes.ToArray());
    }

    private PdfString ReadHexString()
    {
        var span = _data.Span;
        Position++;
        var end = span[Position..].IndexOf((byte)'>');
        end = end < 0 ? span.Length : Position + end;
        var hex = Encoding.ASCII.GetString(span[Position..end]).Where(char.IsAsciiHexDigit).ToArray();
        Position = Math.Min(span.Length, end + 1);
        var bytes = new byte[(hex.Length + 1) / 2];
        for (var i = 0; i < bytes.Length; i++)
            bytes[i] = (byte)((HexValue(hex[2 * i]) << 4) | (2 * i + 1 < hex.Length ? HexValue(hex[2 * i + 1]) : 0));
        return new PdfString(bytes);
    }

    private static int HexValue(char c) => char.IsAsciiDigit(c) ? c - '0' : (char.ToLowerInvariant(c) - 'a' + 10);

    public string ReadWord()
    {
        var span = _data.Span;
        var start = Position;
        while (Position < span.Length && !IsDelimiterOrSpace(span[Position])) Position++;
        return Encoding.Latin1.GetString(span[start..Position]);
    }

    public void SkipWhitespace()
    {
        var span = _data.Span;
        while (Position < span.Length)
        {
            var c = span[Position];
            if (c == '%')
            {
                while (Position < span.Length && span[Position] != '\n' && span[Position] != '\r') Position++;
            }
            else if (IsSpace(c)) Position++;
            else break;
        }
    }

    private bool IsDelimiterOrEnd(int index) => index >= _data.Length || IsDelimiterOrSpace(_data.Span[index]);

    public static bool IsSpace(byte c) => c is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiterOrSpace(byte c) =>
        IsSpace(c) || c is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
            or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';
}
