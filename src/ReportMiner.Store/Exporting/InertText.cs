using System.Text;

namespace ReportMiner.Store.Exporting;

/// <summary>
/// Document text is untrusted: these make it inert where it is written. Spreadsheet programs evaluate a cell
/// that starts with = + - @ (or a tab/CR before one), terminals obey escape sequences, and XML forbids most
/// control characters, so one stray character would make a whole XLSX unreadable.
/// </summary>
public static class InertText
{
    /// <summary>A text cell for CSV or XLSX: never read as a formula, and only characters XML allows.</summary>
    public static string ForSpreadsheet(string text)
    {
        var clean = WithoutControls(text, keepLineBreaks: true);
        return clean.Length > 0 && clean[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + clean : clean;
    }

    /// <summary>Text for a terminal: control characters (ESC, BEL, C1 …) and bidi controls shown as their code, line breaks
    /// (including Unicode's line and paragraph separators) as spaces.</summary>
    public static string ForTerminal(string text)
    {
        if (!text.Any(NeedsCare)) return text;
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\t' or '\u2028' or '\u2029') sb.Append(' ');
            else if (NeedsCare(c)) sb.Append("\\u").Append(((int)c).ToString("x4"));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Removes what XML 1.0 cannot carry (C0 controls other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF).</summary>
    public static string WithoutControls(string text, bool keepLineBreaks)
    {
        var sb = (StringBuilder?)null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = c switch
            {
                '\t' or '\n' or '\r' => keepLineBreaks,
                < ' ' or '\u007f' or '\ufffe' or '\uffff' => false,
                >= '\u0080' and <= '\u009f' => false,
                _ when char.IsHighSurrogate(c) => i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]),
                _ when char.IsLowSurrogate(c) => i > 0 && char.IsHighSurrogate(text[i - 1]),
                _ => true,
            };
            if (ok) { sb?.Append(c); continue; }
            sb ??= new StringBuilder(text, 0, i, text.Length);
            if (!keepLineBreaks && c is '\t' or '\n' or '\r') sb.Append(' ');
        }
        return sb?.ToString() ?? text;
    }

    // Bidi controls: the Arabic letter mark, the left-to-right and right-to-left marks, the embeddings, overrides and
    // isolates. Each can reorder what a terminal shows after it.
    private static bool NeedsCare(char c) => c < ' ' || c is '\u007f' || c is >= '\u0080' and <= '\u009f'
        || c is '\u061c' or '\u200e' or '\u200f' or >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069'
        || c is '\u2028' or '\u2029';
}
