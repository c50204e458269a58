using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Pipeline;

/// <summary>Text as rules match it: simplified script, half-width forms, and (for keys) no whitespace.</summary>
public static class TextKey
{
    public static string Simplify(string text) => CharWidth.ToHalfWidth(ChineseScript.ToSimplified(text));

    /// <summary>Simplified, half-width, without whitespace: labels written "单  位" match "单位".</summary>
    public static string Of(string text)
    {
        var s = Simplify(text);
        return string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
    }

    /// <summary>A name as indicators and projects are matched: key without punctuation or enumerators.</summary>
    public static string Name(string text) =>
        string.Concat(Of(text).Where(c => char.IsLetterOrDigit(c) || c == '%')).ToLowerInvariant();
}
