namespace ReportMiner.Documents.Building;

/// <summary>Whitespace rules shared by every parser so the same report reads the same from any format.</summary>
public static class TextNormalizer
{
    /// <summary>Cell text: trimmed lines (ideographic and no-break spaces included), blank lines dropped, digits of any
    /// script in ASCII (<see cref="ScriptDigits"/>).</summary>
    public static string Cell(string text)
    {
        var lines = ScriptDigits.ToAscii(text).Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select(TrimAll)
            .Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    /// <summary>Paragraph text: as <see cref="Cell"/>.</summary>
    public static string Paragraph(string text) => Cell(text);

    /// <summary>A single line for the canonical text (tabs and newlines become spaces).</summary>
    public static string OneLine(string text) => text.Replace('\t', ' ').Replace('\n', ' ');

    public static string TrimAll(string s) => s.Trim(' ', '\t', '\u3000', '\u00a0', '\u200b', '\ufeff');
}
