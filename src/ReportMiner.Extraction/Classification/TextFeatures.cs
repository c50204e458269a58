using System.Text;
using System.Text.RegularExpressions;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Classification;

/// <summary>Text as the classifiers see it: simplified, half-width, lower case, no pinyin readings after
/// characters (web copies print 指標(biāo)), every run of digits folded to one '0' so that 95% and 99.99% look
/// alike.</summary>
public static partial class TextFeatures
{
    public static string Normalize(string text)
    {
        var s = PinyinReading().Replace(ChineseScript.ToSimplified(CharWidth.ToHalfWidth(text)).ToLowerInvariant(), "");
        var builder = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) continue;
            var folded = char.IsAsciiDigit(c) || c == '.' && builder.Length > 0 && builder[^1] == '0' ? '0' : c;
            if (folded == '0' && builder.Length > 0 && builder[^1] == '0') continue;
            builder.Append(folded);
        }
        return builder.ToString();
    }

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")]
    private static partial Regex PinyinReading();
}
