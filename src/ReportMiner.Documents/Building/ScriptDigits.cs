using System.Globalization;
using System.Text;

namespace ReportMiner.Documents.Building;

/// <summary>
/// Digits of any script are digits: every decimal digit (Unicode Nd) outside ASCII and full-width becomes its ASCII
/// digit where text enters the model, so no rule downstream parses "٨٠" or "𝟖𝟎" (which .NET's \d matches but
/// int.Parse refuses). Full-width digits stay as they are: the rules already read them where it matters.
/// </summary>
public static class ScriptDigits
{
    public static string ToAscii(string text)
    {
        var first = FirstForeignDigit(text);
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var width = char.IsSurrogatePair(text, i) ? 2 : 1;
            if (ForeignDigit(text, i) is { } digit) sb.Append((char)('0' + digit));
            else sb.Append(text, i, width);
            i += width - 1;
        }
        return sb.ToString();
    }

    private static int FirstForeignDigit(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] < 0x80) continue;
            if (ForeignDigit(text, i) is not null) return i;
            if (char.IsSurrogatePair(text, i)) i++;
        }
        return -1;
    }

    private static int? ForeignDigit(string text, int index)
    {
        var c = text[index];
        if (c < 0x80 || c is >= '０' and <= '９') return null;
        return CharUnicodeInfo.GetUnicodeCategory(text, index) == UnicodeCategory.DecimalDigitNumber
            ? CharUnicodeInfo.GetDecimalDigitValue(text, index)
            : null;
    }
}
