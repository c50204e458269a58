using System.Globalization;
using System.Text;
using ReportMiner.Extraction.Places;

namespace ReportMiner.Store.Text;

/// <summary>
/// Folds text into the one form the index holds: simplified script, NFKC (full-width to ASCII),
/// lower case, no whitespace. Queries go through the same fold, so 滿意度 finds 满意度.
/// </summary>
public static class ScriptFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var simplified = ChineseScript.ToSimplified(WellFormed(text).Normalize(NormalizationForm.FormKC));
        var builder = new StringBuilder(simplified.Length);
        foreach (var c in simplified)
            if (!char.IsWhiteSpace(c)) builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        return builder.ToString();
    }

    // Normalize throws on a lone surrogate, which a PDF's broken ToUnicode map can put in page text.
    private static string WellFormed(string text)
    {
        if (!HasLoneSurrogate(text)) return text;
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes()) builder.Append(rune.ToString());
        return builder.ToString();
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (!char.IsSurrogatePair(text, i)) return true;
            i++;
        }
        return false;
    }
}
