using System.Text.RegularExpressions;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Pipeline;

/// <summary>Text as rules match it: simplified script, half-width forms, and (for keys) no whitespace.</summary>
public static partial class TextKey
{
    public static string Simplify(string text) => WithoutPinyin(CharWidth.ToHalfWidth(ChineseScript.ToSimplified(text)));

    /// <summary>
    /// Without the pinyin readings some sites print after characters ("项(xiàng)目" → "项目"): tone-marked
    /// lower-case syllables in brackets right after a Chinese character (or opening a wrapped line) are
    /// pronunciation, never content.
    /// </summary>
    public static string WithoutPinyin(string text) =>
        text.Contains('(') && text.AsSpan().IndexOfAnyInRange('à', 'ǜ') >= 0 ? Pinyin().Replace(text, string.Empty) : text;

    [GeneratedRegex(@"(?<=[\u4e00-\u9fff]|^)\((?=[a-zü]*[àáâãèéêìíîòóôùúûüāēěīōūǎǐǒǔǖǘǚǜńňǹ])[a-zàáâãèéêìíîòóôùúûüāēěīōūǎǐǒǔǖǘǚǜńňǹ]{1,7}\)")]
    private static partial Regex Pinyin();

    /// <summary>Simplified, half-width, without whitespace: labels written "单  位" match "单位".</summary>
    public static string Of(string text)
    {
        if (IsKeyAlready(text)) return text;
        var s = Simplify(text);
        var first = 0;
        while (first < s.Length && !char.IsWhiteSpace(s[first])) first++;
        if (first == s.Length) return s;
        var key = new System.Text.StringBuilder(s.Length).Append(s, 0, first);
        foreach (var c in s.AsSpan(first))
            if (!char.IsWhiteSpace(c)) key.Append(c);
        return key.ToString();
    }

    // Most texts the rules ask about are keys already (simplified, half-width, without whitespace or brackets that
    // might hold pinyin): one pass tells, where the steps above take one pass each.
    private static bool IsKeyAlready(string text)
    {
        foreach (var c in text)
            if (!IsHan(c) && (c == '(' || char.IsWhiteSpace(c) || CharWidth.Folds(c))) return false;
            else if (ChineseScript.Changes(c)) return false;
        return true;
    }

    /// <summary>
    /// A label cell without the stray marks OCR leaves at its ends: quotes, commas, enumeration marks, and a few
    /// lower-case letters glued after Chinese text ("长效管理sy").
    /// </summary>
    public static string Label(string text)
    {
        var key = Of(text).Trim(StrayMarks);
        var end = key.Length;
        while (end > 0 && char.IsAsciiLetterLower(key[end - 1])) end--;
        if (key.Length - end is > 0 and <= 3 && end > 0 && IsHan(key[end - 1])) key = key[..end].TrimEnd(StrayMarks);
        return key;
    }

    private static readonly char[] StrayMarks = ['“', '”', '"', '\'', '‘', '’', '、', ',', '，', '.', '。', ';', '；', ':', '：', '`', '·', '-', '_', '|'];

    /// <summary>Whether the character is a CJK unified ideograph of the basic block.</summary>
    internal static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>A name as indicators and projects are matched: key without punctuation or enumerators.</summary>
    public static string Name(string text) =>
        string.Concat(Of(text).Where(c => char.IsLetterOrDigit(c) || c == '%')).ToLowerInvariant();
}
