using System.Text;
using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// Repairs what OCR reliably gets wrong around numbers without ever adding a digit: full-width digits and
/// signs become ASCII, a full-width comma or full stop between digits becomes ',' or '.', and letters that
/// look like digits (O, l, I) become digits only when digits stand on both sides.
/// </summary>
public static class OcrTextCleaner
{
    private const string BorderNoise = "|丨│¦‖";

    /// <summary>The cleaned word, or null when nothing readable is left (border fragments, lone marks).</summary>
    public static string? Clean(string text)
    {
        var trimmed = text.Trim().Trim(BorderNoise.ToCharArray()).Trim();
        if (trimmed.Length == 0 || trimmed.All(c => !char.IsLetterOrDigit(c) && !CjkText.IsCjk(c) && !IsMeaningfulSign(c)))
            return null;
        var chars = Widen(trimmed).ToCharArray();
        for (var i = 1; i < chars.Length - 1; i++)
        {
            if (!char.IsAsciiDigit(chars[i - 1]) || !char.IsAsciiDigit(chars[i + 1])) continue;
            chars[i] = chars[i] switch
            {
                '，' => ',',
                '。' or '．' => '.',
                'O' or 'o' => '0',
                'l' or 'I' => '1',
                _ => chars[i],
            };
        }
        return new string(chars);
    }

    // Brackets and colons stand alone in tesseract's output of Chinese text ("实施单位 ( 盖章 )", "包括 : …").
    private static bool IsMeaningfulSign(char c) =>
        c is '%' or '≥' or '≤' or '>' or '<' or '=' or '+' or '-' or '—' or '(' or ')' or '[' or ']' or ':' or ';';

    private static string Widen(string s)
    {
        var builder = new StringBuilder(s.Length);
        foreach (var c in s)
            builder.Append(c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '％' => '%',
                '＋' => '+',
                '－' when s.Any(char.IsDigit) => '-',
                _ => c,
            });
        return builder.ToString();
    }
}
