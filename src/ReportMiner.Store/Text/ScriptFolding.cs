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
        var simplified = ChineseScript.ToSimplified(text.Normalize(NormalizationForm.FormKC));
        var builder = new StringBuilder(simplified.Length);
        foreach (var c in simplified)
            if (!char.IsWhiteSpace(c)) builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        return builder.ToString();
    }
}
