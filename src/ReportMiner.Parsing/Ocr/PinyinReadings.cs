using System.Text.RegularExpressions;

namespace ReportMiner.Parsing.Ocr;

/// <summary>
/// Some web copies of reports print a pinyin reading after characters ("項(xiàng)目", "績效指標(biāo)"); the text
/// readers drop them by their tone marks, which OCR loses ("(xiang)", "(zh1)", "tbiao)", "(nOng)"). A page that
/// shows enough clean bracketed syllables is such a copy, and there every bracketed Latin fragment is dropped, its
/// width given to the word before it so the characters on either side still join.
/// </summary>
public static partial class PinyinReadings
{
    /// <summary>Clean bracketed syllables a page needs before its fragments are taken for readings.</summary>
    public const int MinReadings = 8;

    public static IReadOnlyList<TsvWord> Strip(IReadOnlyList<TsvWord> words)
    {
        if (words.Count(w => IsCleanReading(w.Text)) < MinReadings) return words;
        var result = new List<TsvWord>(words.Count);
        foreach (var word in words)
        {
            if (IsFragment(word.Text))
            {
                if (result.Count > 0 && result[^1].LineKey == word.LineKey && word.Right > result[^1].Right)
                    result[^1] = result[^1] with { Width = word.Right - result[^1].Left };
                continue;
            }
            var text = Inside().Replace(word.Text, string.Empty);
            if (text.Length > 0) result.Add(text == word.Text ? word : word with { Text = text });
        }
        return result;
    }

    /// <summary>A whole word "(syllable)" whose syllable is spelled like pinyin.</summary>
    public static bool IsCleanReading(string text) =>
        text.Length > 2 && text[0] is '(' or '（' && text[^1] is ')' or '）' && Syllable().IsMatch(text[1..^1]);

    /// <summary>A word that is a bracketed Latin fragment as OCR reads one: at least one bracket (or a 't'/'f' read for it), letters, at most two digits.</summary>
    private static bool IsFragment(string text) =>
        Fragment().Match(text) is { Success: true } m && (m.Groups["open"].Value is "(" or "（" || m.Groups["close"].Success)
        && m.Groups["body"].Value.Count(char.IsAsciiLetterLower) >= 1 && m.Groups["body"].Value.Count(char.IsAsciiDigit) <= 2;

    [GeneratedRegex(@"^(?<open>[(（tf]?)(?<body>[A-Za-z0-9]{1,7})(?<close>[)）])?[、,，]?$")]
    private static partial Regex Fragment();

    /// <summary>A reading left inside a word: "JA(xiang)A".</summary>
    [GeneratedRegex(@"[(（][a-z][A-Za-z0-9]{0,6}[)）]")]
    private static partial Regex Inside();

    [GeneratedRegex(@"^(?:zh|ch|sh|[bpmfdtnlgkhjqxrwyzcs])?(?:a|o|e|ai|ei|ao|ou|an|en|ang|eng|ong|er|i|ia|ie|iao|iu|ian|in|iang|ing|iong|u|ua|uo|uai|ui|uan|un|uang|v|ve|ue)$")]
    private static partial Regex Syllable();
}
